# Generator of scripts/event_nearmiss_probes_r18.tsv (issue 11, round 18, EVENT18): near misses of the kinds an
# unseen writer produced in heldout10's look half (v005 a trainee's profile a year later, v033 an accident of people
# on their way home from a training, v045 a harvest of farmers who went through a field school months before), as
# story-level constructions, each with true-event counterexamples that share their surface words. Written from lists
# of the world (offices, places, trainings, people, vehicles, crops), never from the documents' words. Kinds:
#   profile      `Kisah` and a person as the headline's second clause (after a comma, a colon or a bar), the
#                training the person's past (rule `event.profile-headline-late`); twins: `Kisah Haru Peserta`,
#                `Kisah Sukses ...` over a training held, a headline whose second clause is the participants.
#   accident     a headline whose own act is an accident (capsized, sank, collided: lexicon `not_event_cue`) and a
#                lead whose people were on their way home from a training (`baru pulang mengikuti`, `sepulang dari`,
#                `kembali dari`: rule `event.returned-from`); twins: a training in rescuing the victims of a
#                capsized boat, a training held again (`kembali mengikuti`), people who go home with skills.
#   harvest      a harvest ceremony as the headline's act (`Panen Raya`, `Panen Perdana`), the farmers the
#                participants of a field school dated by months only (`pada Februari hingga Mei lalu`: rule
#                `event.month-past`); twins: a field school closed with a harvest, a training dated by its days
#                (`12-14 Maret lalu`).
#   month-twin   true events with a past month and `lalu`: a month-long training closed now (`sejak Agustus lalu`,
#                `pada Oktober lalu ... ditutup`), a second batch whose first was held in a past month.
# Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_nearmiss_probes_r18.py [write | run BIN [-v] [--rules DIR]]
import sys, os
rows = []
def add(kind, expected, text):
    rows.append((f"w{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("MAUMERE", "Kabupaten Sikka", "Desa Nangahale", "Kecamatan Talibura"),
          ("BAUBAU", "Kota Baubau", "Kelurahan Lipu", "Kecamatan Betoambari"),
          ("TAHUNA", "Kabupaten Kepulauan Sangihe", "Desa Kalurae", "Kecamatan Tabukan Utara"),
          ("SAMPIT", "Kabupaten Kotawaringin Timur", "Desa Bapinang", "Kecamatan Pulau Hanaut"),
          ("BIMA", "Kabupaten Bima", "Desa Sape", "Kecamatan Sape")]
offices = ["Dinas Perikanan", "Dinas Koperasi dan UKM", "Dinas Tenaga Kerja", "Dinas Pariwisata", "Dinas Perindustrian"]
people = [("Maria Goreti Lado", "31", "penjahit", "kursus menjahit", "Butik"), ("La Ode Hamid", "27", "montir", "pelatihan otomotif", "Bengkel"),
          ("Yulin Makapedua", "29", "pembuat roti", "pelatihan tata boga", "Toko Roti"),
          ("Sri Rahayu Ningsih", "35", "perias", "pelatihan tata rias", "Salon"),
          ("Ahmad Jaelani", "40", "pengrajin", "pelatihan anyaman bambu", "Galeri")]
leads = ["Berawal dari {t}", "Dari Peserta {T} Jadi Pemilik {shop}", "Modal Nekat dan Ilmu {T}",
         "Sempat Menganggur Dua Tahun", "Dulu Buruh, Kini Juragan"]
seps = [",", ":", ",", "|", ":"]
tails = [" di {town}", " dari {town}", "", " asal {town}", ""]
vehicles = [("Speedboat", "speedboat", "Terbalik", "terbalik"), ("Perahu Motor", "perahu motor", "Karam", "karam"),
            ("Bus Rombongan", "bus", "Tabrakan", "bertabrakan dengan truk"), ("Kapal Kayu", "kapal kayu", "Tenggelam", "tenggelam"),
            ("Longboat", "longboat", "Hanyut", "hanyut terbawa arus")]
trips = ["yang baru pulang mengikuti {t} di aula {off}", "sepulang dari {t} di ibu kota kabupaten",
         "yang kembali dari {t} di {off}", "dalam perjalanan pulang dari {t} di kantor {off}",
         "yang baru pulang dari mengikuti {t} di balai {off}"]
trainings = ["pelatihan pengolahan ikan", "bimtek pengelolaan keuangan desa", "pelatihan pemandu wisata",
             "diklat kepala desa", "pelatihan keselamatan pelayaran"]
crops = [("Padi", "padi", "Sekolah Lapang Pengendalian Hama Terpadu", "Februari hingga Mei lalu"),
         ("Bawang Merah", "bawang merah", "Sekolah Lapang Iklim", "April lalu"),
         ("Kedelai", "kedelai", "pelatihan budidaya kedelai", "Januari sampai Maret lalu"),
         ("Cabai", "cabai", "Sekolah Lapang Budidaya Cabai", "Maret 2025 lalu"),
         ("Jagung", "jagung", "bimtek pertanian terpadu", "Mei dan Juni lalu")]
groups = ["Kelompok Tani Sumber Rejeki", "Gapoktan Maju Bersama", "Kelompok Wanita Tani Melati", "Poktan Tunas Harapan", "KWT Sekar Arum"]
days = ["Rabu (8/10/2025)", "Kamis (11/9/2025)", "Selasa (5/8/2025)", "Jumat (20/6/2025)", "Senin (29/9/2025)"]

for i in range(5):
    up, reg, vil, kec = places[i]; off = offices[i]; nm, age, job, tr, shop = people[i]
    town = vil.split()[-1]; day = days[i]
    # --- profile: `Kisah` and a person as the headline's second clause
    head = leads[i].format(t=tr.title(), T=tr.split()[-1].title(), shop=shop) + seps[i] + f" Kisah {nm}" + tails[i].format(town=town)
    if i % 2 == 0:
        body = (f"{up} – Setahun lalu, {nm} ({age}) masih belajar di {tr} yang digelar {off} {reg} bersama 19 peserta lain. "
                f"Kini ia sudah punya {shop.lower()} sendiri di {vil}.\n\n"
                f"\"Saya tidak menyangka bisa seperti ini,\" tuturnya saat ditemui, {day}.")
    else:
        body = (f"{up} – Setiap pagi {nm} ({age}) membuka {shop.lower()} miliknya di {vil}. Pelanggannya datang dari seluruh {kec}.\n\n"
                f"Ilmu {job} ia dapat dari {tr} yang digelar {off} {reg} di aula {vil}. Pelatihan itu diikuti 20 orang.\n\n"
                f"\"Semua berawal dari sana,\" katanya, {day}.")
    add("profile", False, head + "\n\n" + body)
    # twins: a `Kisah` clause over a training held (a mood, the participants), the report of the training
    twin_heads = [f"{tr.title()} Ditutup, Kisah Haru Peserta",
                  f"20 Warga {town} Ikuti {tr.title()}: Kisah Sukses Alumni Jadi Penyemangat",
                  f"{off} Gelar {tr.title()}, Kisah Mereka Dimulai di {town}",
                  f"{tr.title()} di {town} | Kisah Inspiratif Peserta Disabilitas",
                  f"{off} {reg.split()[-1]} Gelar {tr.title()} bagi 20 Warga"]
    add("profile-twin", True,
        twin_heads[i] + "\n\n"
        f"{up} – {off} {reg} menggelar {tr} bagi 20 warga di aula {vil}, {day}. Pelatihan berlangsung lima hari "
        f"dengan instruktur dari provinsi.\n\n\"Peserta harus serius,\" kata Kepala {off}.")
    # --- accident: the headline's act an accident, the people on their way home from a training
    V, v, Act, act = vehicles[i]; t = trainings[i]
    add("accident", False,
        f"{V} {Act} di {kec}, {['Tim SAR Cari Dua Korban', 'Tiga Penumpang Selamat', 'Lima Orang Luka-luka', 'Satu Orang Hilang', 'Dua Korban Belum Ditemukan'][i]}\n\n"
        f"{up} – Sebuah {v} {act} di {kec}, {reg}, {day} sore. {v.capitalize()} itu membawa 12 warga {vil} "
        + trips[i].format(t=t, off=f"{off} {reg}") + ".\n\n"
        f"Kepala Kantor SAR setempat mengatakan pencarian dilanjutkan hingga tujuh hari.\n\n"
        f"Kepala {off} menyampaikan duka dan akan mengevaluasi transportasi peserta.")
    # twins: a training in rescue from such accidents; a training held again; going home with skills
    if i < 2:
        add("accident-twin", True,
            f"Basarnas Latih 40 Nelayan {town} Antisipasi Kapal {['Tenggelam', 'Terbalik'][i]}\n\n"
            f"{up} – Kantor SAR {up.title()} melatih 40 nelayan {vil} menghadapi kapal {['tenggelam', 'terbalik'][i]} di perairan {kec}, {day}. "
            f"Pelatihan digelar dua hari di balai desa.\n\n\"Nelayan harus siap,\" kata Kepala Kantor SAR.")
    elif i < 4:
        add("accident-twin", True,
            f"{off} Gelar Pelatihan Pertolongan Korban Perahu {['Karam', 'Tenggelam'][i - 2]}\n\n"
            f"{up} – {off} {reg} menggelar pelatihan pertolongan pertama bagi 35 warga pesisir di aula {vil}, {day}. "
            f"Peserta belajar menolong korban perahu {['karam', 'tenggelam'][i - 2]}.\n\n\"Banyak nelayan tidak bisa berenang,\" kata instruktur.")
    else:
        add("accident-twin", True,
            f"30 Kader {town} Kembali Ikuti Pelatihan Posyandu\n\n"
            f"{up} – Sebanyak 30 kader posyandu {vil} kembali mengikuti pelatihan pemantauan tumbuh kembang yang digelar "
            f"Dinas Kesehatan {reg} di aula puskesmas, {day}. Usai pelatihan, peserta pulang dengan bekal keterampilan baru.")
    # --- harvest: a harvest ceremony, the farmers the participants of a field school dated by months only
    C, c, sl, when = crops[i]; g = groups[i]
    shapes = [
        f"{g} di {vil} menggelar panen raya {c} di lahan seluas 30 hektare, {day}. Kelompok ini merupakan peserta {sl} yang digelar Dinas Pertanian di balai penyuluhan pada {when}.",
        f"Bupati memanen {c} bersama {g} di {vil}, {day}. Para petani itu mengikuti {sl} yang digelar Dinas Pertanian {reg} pada {when} di balai penyuluhan.",
        f"{g} memanen perdana {c} di {vil}, {day}. Anggotanya adalah peserta {sl} yang diselenggarakan Dinas Pertanian pada {when}.",
        f"Panen raya {c} digelar {g} di {vil}, {day}. Petaninya dibekali lewat {sl} oleh Dinas Pertanian {reg} pada {when} di balai penyuluhan.",
        f"{g} menggelar panen raya {c}, {day}, di {vil}. Mereka adalah alumni {sl} yang digelar Dinas Pertanian {reg} di balai penyuluhan pada {when}.",
    ]
    add("harvest", False,
        f"Panen {'Raya' if i % 2 == 0 else 'Perdana'} {C} di {town}, Hasil Petani Naik 30 Persen\n\n"
        f"{up} – {shapes[i]}\n\nKetua kelompok mengatakan hasil panen naik dari 4 ton menjadi 5,2 ton per hektare.\n\n"
        f"Kepala Dinas Pertanian berharap program serupa diperluas tahun depan.")
    if i % 2 == 0:
        add("harvest-twin", True,
            f"{sl.title()} di {town} Ditutup dengan Panen Raya {C}\n\n"
            f"{up} – {sl} bagi 25 petani {g} yang digelar Dinas Pertanian {reg} ditutup dengan panen raya {c} di {vil}, {day}. "
            f"Selama 12 pertemuan peserta belajar pengamatan agroekosistem.\n\n\"Ilmunya dipraktikkan,\" kata penyuluh.")
    else:
        add("harvest-twin", True,
            f"25 Petani {town} Ikuti Pelatihan Budidaya {C}\n\n"
            f"{up} – Sebanyak 25 petani {g} mengikuti pelatihan budidaya {c} yang digelar Dinas Pertanian {reg} pada "
            f"{['12-14 Maret', '3-5 Juni', '20-22 Agustus', '8-9 September', '1-3 Oktober'][i]} lalu di balai penyuluhan {vil}. "
            f"Pelatihan itu menghadirkan penyuluh dari provinsi.\n\n\"Peserta langsung praktik di lahan,\" kata Kepala Dinas Pertanian.")

# twins of `event.month-past`: a month-long training closed now (`sejak Agustus lalu`, `pada Oktober lalu ... ditutup`),
# a second batch whose first was held in a past month (the month in another clause)
add("month-twin", True,
    "Bupati Tutup Pelatihan Menjahit di BLK Ende\n\nENDE – Pelatihan menjahit yang berlangsung sejak Agustus lalu ditutup "
    "Bupati Ende di Aula BLK Ende, Senin (3/11/2025). Sebanyak 32 peserta menerima sertifikat.")
add("month-twin", True,
    "Pelatihan Las Sejak Awal September Lalu Resmi Ditutup\n\nPALOPO – Pelatihan las bagi 24 pemuda yang digelar Dinas "
    "Tenaga Kerja Kota Palopo sejak awal September lalu resmi ditutup di Aula UPT BLK Palopo, Jumat (7/11/2025).")
add("month-twin", True,
    "Pelatihan Tata Rias Angkatan I Ditutup Wali Kota\n\nTERNATE – Pelatihan tata rias yang digelar Dinas Koperasi Kota Ternate "
    "pada Oktober lalu ditutup Wali Kota Ternate di aula dinas, Senin (3/11/2025). Sebanyak 20 peserta lulus.")
add("month-twin", True,
    "Disnaker Gelar Pelatihan Barista Tahap II bagi 30 Pemuda\n\nMATARAM – Dinas Tenaga Kerja Kota Mataram menggelar pelatihan "
    "barista tahap II bagi 30 pemuda di Aula BLK Mataram, Rabu (5/11/2025), melanjutkan tahap I pada Juli lalu.")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 18 event near-miss probes (EVENT18): the constructions of heldout10's false events (a profile's\n"
         "# `Kisah` as the headline's second clause, an accident of people on their way home from a training, a harvest\n"
         "# of a past field school's farmers) and true events that look alike. Generated by\n"
         "# scripts/event_nearmiss_probes_r18.py. Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
