# Generator of scripts/event_nearmiss_probes_r17.tsv (issue 11, round 17, EVENT17): near misses of the kinds an
# unseen writer produced in heldout9's look half (u009 a profile, u031 an inauguration, u037 certificates months
# after a training, u045 a complaint about a past training's allowances, u053 a village's list of next year's
# programmes), as constructions, each with true-event counterexamples that look alike. Written from lists of the
# world (offices, places, trainings, acts, distances), never from the documents' words. Kinds:
#   later        time distance: the training is dated weeks or months before the day the lead gives to the
#                report's own act (a hand-over, a complaint, a payment, a visit); twins: a report two days after the
#                training, a hand-over at the closing, a month-long training closed on the lead's day, a lead that
#                names a day still to come.
#   act          the headline's own act is another kind of story (inaugurating a building, complaining to the
#                council, a profile `Kisah`/`Cerita` + name); twins: an official opens the training (`Buka`,
#                `Resmikan Pembukaan`), a headline `Peserta ... Menerima Materi`, certificates at the closing.
#   plans        a list of plans with no date or place for the training (a deliberation's programmes, a schedule
#                still to be set); twins: a report of a training that lists its next days' sessions.
# Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_nearmiss_probes_r17.py [write | run BIN [-v] [--rules DIR]]
import subprocess, sys, os, tempfile, json
rows = []
def add(kind, expected, text):
    rows.append((f"n{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("KENDARI", "Kota Kendari", "Kelurahan Wua-Wua", "Sulawesi Tenggara"),
          ("JEMBER", "Kabupaten Jember", "Desa Sukorambi", "Jawa Timur"),
          ("SUMBAWA BESAR", "Kabupaten Sumbawa", "Desa Moyo", "Nusa Tenggara Barat"),
          ("KETAPANG", "Kabupaten Ketapang", "Desa Sungai Awan", "Kalimantan Barat"),
          ("PAYAKUMBUH", "Kota Payakumbuh", "Kelurahan Koto Baru", "Sumatera Barat")]
offices = ["Dinas Tenaga Kerja", "Dinas Koperasi dan UKM", "Dinas Pertanian", "Dinas Kesehatan", "Dinas Sosial"]
trainees = [("operator alat berat", "pengoperasian ekskavator"), ("pelaku UMKM", "pemasaran digital"),
            ("penyuluh pertanian", "pengendalian hama terpadu"), ("kader posyandu", "pemantauan tumbuh kembang"),
            ("pendamping PKH", "konseling keluarga")]
# (training's days, the lead's later day, the distance in words)
later = [("2-6 Juni 2025", "Selasa (15/7/2025)"), ("10-12 Februari 2025", "Rabu (14/5/2025)"),
         ("18-22 Agustus 2024", "Kamis (16/1/2025)"), ("3-4 Maret 2025", "Jumat (11/4/2025)"),
         ("24-28 September 2024", "Senin (2/12/2024)")]
# (training's days, the lead's day two or three days later)
close = [("2-6 Juni 2025", "Senin (9/6/2025)"), ("10-12 Februari 2025", "Jumat (14/2/2025)"),
         ("18-22 Agustus 2024", "Sabtu (24/8/2024)"), ("3-4 Maret 2025", "Kamis (6/3/2025)"),
         ("24-28 September 2024", "Senin (30/9/2024)")]
acts = [("menerima sertifikat kompetensi dari", "Terima Sertifikat Kompetensi"),
        ("menerima bantuan peralatan usaha dari", "Terima Bantuan Peralatan"),
        ("menerima kartu anggota asosiasi dari", "Terima Kartu Asosiasi"),
        ("mendapat pinjaman modal bergulir dari", "Dapat Pinjaman Modal"),
        ("menerima insentif dari", "Terima Insentif")]
heads = ["Bupati", "Wali Kota", "Gubernur", "Wakil Bupati", "Sekda"]
buildings = ["gedung asrama", "ruang praktik", "gedung workshop", "laboratorium bahasa", "aula serbaguna"]
councils = ["DPRD", "Komisi IV DPRD", "Ombudsman", "kantor bupati", "Komisi II DPRD"]
owed = ["uang saku", "honor narasumber", "uang transport", "uang makan", "biaya penginapan"]
names = [("Daeng Sutra", "42"), ("Ni Made Sari", "29"), ("Umbu Neka", "35"), ("Siti Khodijah", "38"), ("Markus Wenda", "33")]
feats = ["Arungi Laut demi Layani Pasien", "Jalan Kaki Dua Jam ke Sekolah", "Hidupkan Lahan Tidur Jadi Kebun",
         "Rawat Balita Gizi Buruk di Pelosok", "Jaga Hutan Adat Sendirian"]

for i in range(5):
    up, reg, vil, prov = places[i]; off = offices[i]; ppl, skill = trainees[i]
    past, now = later[i]; near_past, near_now = close[i]; act, act_head = acts[i]; head = heads[i]
    # --- later: a training dated weeks or months before the lead's own act.
    shape = i % 3
    if shape == 0:  # the date of the training in a second paragraph, the act in the lead
        add("later", False,
            f"40 {ppl.title()} di {reg} {act_head}\n\n"
            f"{up} – Sebanyak 40 {ppl} di {reg} {act} {off} {reg}, {now}, di kantor {vil}.\n\n"
            f"Mereka sebelumnya mengikuti pelatihan {skill} yang digelar pada {past} di aula {off}. "
            f"Pelatihan itu diikuti 40 orang.\n\n"
            f"\"Ini bekal untuk bekerja,\" kata Kepala {off}.")
    elif shape == 1:  # the training in the lead's sentence, marked lalu
        add("later", False,
            f"{ppl.title()} Alumni Pelatihan {skill.title()} Datangi {councils[i]}\n\n"
            f"{up} – Puluhan {ppl} mendatangi {councils[i]} {reg}, {now}, menanyakan {owed[i]} yang dijanjikan "
            f"saat mengikuti pelatihan {skill} pada {past} lalu di sebuah hotel di {reg}.\n\n"
            f"Pelatihan tersebut diikuti 60 orang dan dibiayai APBD.\n\n"
            f"\"Kami hanya minta hak kami,\" kata koordinator mereka.")
    else:  # the training in a relative clause after the act
        add("later", False,
            f"{head} Serahkan Bantuan Alat kepada {ppl.title()}\n\n"
            f"{up} – {head} {reg} {act.split(' dari')[0].replace('menerima', 'menyerahkan').replace('mendapat', 'menyerahkan')} "
            f"kepada 30 {ppl} di {vil}, {now}. Para penerima adalah peserta pelatihan {skill} yang digelar {off} "
            f"pada {past} di balai desa.\n\n"
            f"Penyerahan disaksikan camat dan kepala desa.")
    # twins: a report two or three days after the training (the lead's day close to it)
    add("later-twin", True,
        f"40 {ppl.title()} di {reg} Ikuti Pelatihan {skill.title()}\n\n"
        f"{up} – Sebanyak 40 {ppl} di {reg} mengikuti pelatihan {skill} yang digelar {off} {reg} pada {near_past} "
        f"di aula {off}. Hasilnya dipaparkan kepala dinas di kantor {vil}, {near_now}.\n\n"
        f"Pelatihan itu menghadirkan instruktur dari provinsi.\n\n"
        f"\"Ini bekal untuk bekerja,\" kata Kepala {off}.")
    if i < 3:
        # twin: a month-long training closed on the lead's day, with certificates
        add("later-twin", True,
            f"Pelatihan {skill.title()} Ditutup, 30 {ppl.title()} {act_head}\n\n"
            f"{up} – Pelatihan {skill} yang berlangsung sejak {past.split('-')[0]} {past.split()[-2]} hingga {now.split('(')[1].rstrip(')')} "
            f"ditutup {head} {reg} di aula {off}, {now}. Pada penutupan itu 30 {ppl} {act} {off}.\n\n"
            f"Selama pelatihan, peserta belajar teori dan praktik.\n\n"
            f"\"Ilmunya harus dipakai,\" kata {head}.")
    else:
        # twin: a day still to come in the lead (an exam ahead), the training reported now
        add("later-twin", True,
            f"{off} {reg} Gelar Pelatihan {skill.title()}\n\n"
            f"{up} – {off} {reg} menggelar pelatihan {skill} bagi 30 {ppl} pada {near_past} di aula {vil}. "
            f"Peserta akan mengikuti uji kompetensi pada {now.split('(')[1].rstrip(')')}.\n\n"
            f"Pelatihan menghadirkan instruktur dari provinsi.")
    # --- act: the headline's own act is another story.
    if i in (0, 1):
        add("act", False,
            f"{head} Resmikan {buildings[i].title()} Balai Latihan Kerja {reg.split()[-1]}\n\n"
            f"{up} – {head} {reg} meresmikan {buildings[i]} Balai Latihan Kerja di {vil}, {near_now}. Bangunan dua lantai "
            f"itu dibangun dengan dana APBD Rp 6 miliar dan mampu menampung 80 peserta pelatihan.\n\n"
            f"Saat peresmian belum ada pelatihan yang berlangsung. \"Gedung ini dipakai untuk pelatihan {skill} mulai bulan depan,\" kata Kepala {off}.")
    elif i in (2, 3):
        add("act", False,
            f"Peserta Pelatihan {skill.title()} Mengadu ke {councils[i]}, {owed[i].title()} Belum Dibayar\n\n"
            f"{up} – Puluhan peserta pelatihan {skill} mengadu ke {councils[i]} {reg}, {near_now}, karena {owed[i]} "
            f"yang dijanjikan penyelenggara belum juga dibayarkan. Pelatihan itu diikuti 50 {ppl}.\n\n"
            f"Anggota dewan berjanji memanggil {off}.")
    else:
        add("act", False,
            f"Alumni Pelatihan {skill.title()} Keluhkan Bantuan Alat yang Tak Kunjung Datang\n\n"
            f"{up} – Sejumlah alumni pelatihan {skill} di {reg} mengeluhkan bantuan alat yang dijanjikan {off}. "
            f"Mereka menyampaikan keluhan itu di kantor {vil}, {near_now}.\n\n"
            f"Pelatihan tersebut diikuti 40 {ppl} dan dibiayai APBD.")
    nm, age = names[i]
    add("act", False,
        f"{'Kisah' if i % 2 == 0 else 'Cerita'} {ppl.split()[0].title()} {nm}, {feats[i]} di {reg}\n\n"
        f"{up} – Pukul lima pagi, {nm} ({age}) sudah berangkat dari rumahnya di {vil}. Hari itu ia harus "
        f"menempuh perjalanan jauh untuk melayani warga.\n\n"
        f"Ia mengaku bekal terbesarnya berasal dari pelatihan {skill} yang digelar {off} di aula {vil}. "
        f"Pelatihan itu diikuti 30 {ppl} dari seluruh kecamatan.\n\n"
        f"\"Saya praktikkan semua yang diajarkan,\" katanya.")
    # twins of the headline's act
    if i in (0, 1):
        add("act-twin", True,
            f"{head} {'Buka' if i == 0 else 'Resmikan Pembukaan'} Pelatihan {skill.title()} di Balai Latihan Kerja\n\n"
            f"{up} – {head} {reg} membuka pelatihan {skill} bagi 40 {ppl} di Balai Latihan Kerja {vil}, {near_now}. "
            f"Pelatihan digelar {off} selama lima hari.\n\n"
            f"\"Manfaatkan kesempatan ini,\" kata {head}.")
    elif i in (2, 3):
        add("act-twin", True,
            f"Peserta Pelatihan {skill.title()} Menerima Materi dari Narasumber Provinsi\n\n"
            f"{up} – Sebanyak 50 {ppl} menerima materi {skill} dari narasumber provinsi pada hari kedua pelatihan "
            f"yang digelar {off} {reg} di aula {vil}, {near_now}.\n\n"
            f"Pelatihan berlangsung tiga hari.")
    else:
        add("act-twin", True,
            f"Pelatihan {skill.title()} Ditutup, 40 {ppl.title()} Terima Sertifikat\n\n"
            f"{up} – Pelatihan {skill} yang digelar {off} {reg} ditutup di aula {vil}, {near_now}. Sebanyak 40 {ppl} "
            f"menerima sertifikat dari Kepala {off} usai pelatihan tiga hari itu.\n\n"
            f"\"Ilmunya harus dipakai,\" kata kepala dinas.")
    # --- plans: a list of programmes, no date or place for the training.
    forum = ["Musyawarah Desa (Musdes)", "Musyawarah Dusun", "Rembuk Desa", "Musyawarah Desa", "Musdes"][i]
    if i < 3:
        add("plans", False,
            f"Hasil {forum.split(' (')[0]}: Ini Program {vil} Tahun 2026\n\n"
            f"{vil.split()[-1]} – {forum} penyusunan rencana kerja 2026 telah dilaksanakan di balai {vil}, {near_now}, "
            f"dihadiri 70 orang.\n\n"
            f"Disepakati program berikut:\n1. Pengerasan jalan lingkungan 300 meter\n2. Pelatihan {skill} bagi {ppl}\n"
            f"3. Pelatihan pengolahan pangan bagi ibu-ibu PKK\n4. Pengadaan tandon air bersih\n\n"
            f"Jadwal pelatihan akan ditentukan setelah anggaran ditetapkan, kata sekretaris desa.")
    else:
        add("plans", False,
            f"{off} {reg} Susun Rencana Kegiatan 2026\n\n"
            f"{up} – {off} {reg} menyusun rencana kegiatan tahun 2026 dalam rapat di aula {vil}, {near_now}. Rencana itu "
            f"memuat pelatihan {skill} bagi {ppl}, pendataan ulang penerima bantuan dan pengadaan kendaraan.\n\n"
            f"Waktu pelaksanaan pelatihan belum dijadwalkan karena menunggu pengesahan anggaran.")
    # twin: a report of a training that lists its next days' sessions
    add("plans-twin", True,
        f"Hari Pertama Pelatihan {skill.title()}, 40 {ppl.title()} Belajar Dasar\n\n"
        f"{up} – Pelatihan {skill} bagi 40 {ppl} yang digelar {off} {reg} dibuka di aula {vil}, {near_now}. "
        f"Pelatihan berlangsung tiga hari.\n\n"
        f"Materi hari berikutnya:\n1. Praktik lapangan\n2. Diskusi kelompok\n3. Uji keterampilan\n\n"
        f"\"Peserta akan belajar langsung dari praktisi,\" kata Kepala {off}.")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 17 event near-miss probes (EVENT17): the constructions of heldout9's false events (time distance,\n"
         "# the headline's own act, a list of plans) and true events that look alike. Generated by\n"
         "# scripts/event_nearmiss_probes_r17.py. Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
