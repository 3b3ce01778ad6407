# Generator of scripts/event_probes_r16.tsv (issue 11, round 16, ORG16): near misses of the kinds an unseen writer
# produced in heldout8's look half (t007, t019), as constructions, each with a twin of the same story shape that IS a
# training event. Written from lists of the world (offices, places, trainings, aid, trades, names), never from the
# documents' words. Kinds:
#   past-span    a training N weeks/months/years *before* the report's news (`Dua bulan setelah mengikuti pelatihan
#                ..., K peserta akhirnya menerima ...`), told again in a `Sebelumnya,` sentence; twin: the closing of
#                the training itself (`Setelah mengikuti pelatihan selama tiga hari, ... menerima sertifikat`).
#   after-now    a headline `Usai Dilatih, X Kini ...`: what is true now after a past training; twin: `Usai Dilatih, X
#                Praktik Langsung` over a lead that reports the training held.
#   profile      one person's story: `ia diterima sebagai peserta ...`, `Pelatihan itu ia jalani ...` dated years
#                before; twin: the same sentences with the participants in the plural and the event dated now.
# Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_probes_r16.py [write | run BIN [-v]]
import subprocess, sys, os, tempfile, json
rows = []
def add(kind, expected, text):
    rows.append((f"v{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("SINJAI", "Kabupaten Sinjai", "Desa Tongke-Tongke", "Sulawesi Selatan"),
          ("BANYUWANGI", "Kabupaten Banyuwangi", "Desa Kemiren", "Jawa Timur"),
          ("LABUAN BAJO", "Kabupaten Manggarai Barat", "Desa Gorontalo", "Nusa Tenggara Timur"),
          ("SAMBAS", "Kabupaten Sambas", "Desa Temajuk", "Kalimantan Barat"),
          ("WAKATOBI", "Kabupaten Wakatobi", "Desa Liya Togo", "Sulawesi Tenggara"),
          ("TRENGGALEK", "Kabupaten Trenggalek", "Desa Prigi", "Jawa Timur"),
          ("BUKITTINGGI", "Kota Bukittinggi", "Kelurahan Campago", "Sumatera Barat"),
          ("SOE", "Kabupaten Timor Tengah Selatan", "Desa Fatumnasi", "Nusa Tenggara Timur")]
offices = ["Dinas Perikanan", "Dinas Koperasi dan UKM", "Dinas Pariwisata", "Dinas Tenaga Kerja",
           "Dinas Pertanian", "Dinas Perindustrian", "Dinas Sosial", "Dinas Kelautan dan Perikanan"]
people = [("nelayan", "pengolahan ikan asap"), ("perajin", "anyaman bambu"), ("pemandu wisata", "pemanduan selam"),
          ("pemuda", "servis sepeda motor"), ("petani", "budidaya kopi"), ("ibu rumah tangga", "tata boga"),
          ("penyandang disabilitas", "menjahit"), ("pembudidaya rumput laut", "pengolahan rumput laut")]
aid = ["mesin pengasap", "peralatan anyam", "perlengkapan selam", "peralatan bengkel", "mesin pengupas kopi",
       "oven dan mixer", "mesin jahit", "alat pengering"]
spans = ["Dua bulan", "Tiga bulan", "Setahun", "Enam bulan", "Sebulan", "Dua tahun", "Tiga pekan", "Beberapa bulan"]
nows = ["Rabu (19/11/2025)", "Kamis (4/12/2025)", "Senin (10/3/2025)", "Selasa (22/7/2025)", "Jumat (14/2/2025)",
        "Sabtu (6/9/2025)", "Rabu (15/10/2025)", "Kamis (20/11/2025)"]
pasts = ["15–17 September 2025", "2–4 Agustus 2025", "11–13 Maret 2024", "5–7 Mei 2025", "8–10 Januari 2025",
         "3–5 Juni 2025", "18–20 Juli 2023", "24–26 Juni 2025"]
names = [("Rahmat", "28"), ("Siti Aminah", "34"), ("Yohanes", "25"), ("Dewi Lestari", "31"), ("Ahmad Fauzi", "29"),
         ("Maria Goreti", "36"), ("Putu Ariasa", "27"), ("Nur Halimah", "33")]
trades = [("bengkel las", "pengelasan"), ("usaha katering", "tata boga"), ("penjahit", "menjahit"),
          ("bengkel motor", "otomotif"), ("salon", "tata rias"), ("toko roti", "pembuatan roti"),
          ("usaha sablon", "sablon"), ("kedai kopi", "barista")]
institutes = ["BLK", "BPVP", "LPK", "UPTD Balai Latihan Kerja", "BLK Komunitas", "Balai Latihan Kerja", "LKP", "BPVP"]

for i in range(8):
    up, reg, vil, prov = places[i]; off = offices[i]; ppl, skill = people[i]; tool = aid[i]
    # 1. past-span: the news is a hand-over, the training came weeks or months before it.
    add("past-span", False,
        f"{ppl.capitalize()} di {reg} Terima Bantuan {tool.title()}\n\n"
        f"{up} – {spans[i]} setelah mengikuti pelatihan {skill}, 30 {ppl} di {reg} akhirnya menerima bantuan {tool} "
        f"dari {off} {reg}. Penyerahan dilakukan di kantor bupati, {nows[i]}.\n\n"
        f"Sebelumnya, para {ppl} itu dilatih selama tiga hari pada {pasts[i]} di {vil}.\n\n"
        f"Kepala {off} mengatakan bantuan itu diharapkan menambah penghasilan. \"Alat ini harus dipakai,\" katanya.")
    add("past-span-twin", True,
        f"Pelatihan {skill.title()} Ditutup, 30 {ppl.title()} Terima Sertifikat\n\n"
        f"{up} – Setelah mengikuti pelatihan {skill} selama tiga hari, 30 {ppl} di {reg} menerima sertifikat pada "
        f"penutupan pelatihan yang digelar {off} {reg} di {vil}, {nows[i]}.\n\n"
        f"Pelatihan berlangsung {pasts[i]} dengan instruktur dari provinsi.\n\n"
        f"Kepala {off} mengatakan peserta juga akan menerima bantuan {tool}. \"Ilmunya harus dipakai,\" katanya.")
    # 2. after-now: `Usai Dilatih, X Kini ...`, the training before it; twin: the training itself.
    add("after-now", False,
        f"Usai Dilatih, {ppl.title()} {vil} Kini Punya Usaha Sendiri\n\n"
        f"{up} – Usai dilatih {skill}, puluhan {ppl} di {vil}, {reg}, kini mengelola usaha sendiri. Omzet mereka "
        f"mencapai Rp 5 juta sebulan, kata kepala desa saat ditemui, {nows[i]}.\n\n"
        f"Sebelumnya, mereka mengikuti pelatihan yang digelar {off} pada {pasts[i]} di balai desa.\n\n"
        f"Produk mereka kini dijual di pasar kecamatan dan lewat media sosial.")
    add("after-now-twin", True,
        f"Usai Dilatih, {ppl.title()} {vil} Praktik Langsung\n\n"
        f"{up} – Sebanyak 30 {ppl} di {vil}, {reg}, mengikuti pelatihan {skill} yang digelar {off} {reg} di balai desa, "
        f"{nows[i]}. Usai dilatih teori, peserta langsung praktik.\n\n"
        f"Pelatihan berlangsung tiga hari dengan instruktur dari provinsi.\n\n"
        f"\"Kami ingin mereka mandiri,\" kata Kepala {off}.")
    # 3. profile: one person's past training, told years later; twin: the participants in the plural, now.
    nm, age = names[i]; shop, trade = trades[i]; inst = institutes[i]
    add("profile", False,
        f"Dari Menganggur Jadi Pemilik {shop.title()}, Ini Cerita {nm}\n\n"
        f"{up} – {nm} ({age}) sibuk melayani pelanggan di {shop} miliknya di {vil}, {reg}, {nows[i]}. "
        f"Tiga tahun lalu ia masih menganggur.\n\n"
        f"Semuanya berubah saat ia diterima sebagai peserta pelatihan {trade} di {inst} {reg}. Pelatihan itu ia jalani "
        f"selama 30 hari pada {pasts[(i + 6) % 8].split()[0]} {pasts[(i + 6) % 8].split()[1]} 2022.\n\n"
        f"Kini {nm} mempekerjakan tiga orang tetangganya. \"Jangan malu mulai dari kecil,\" katanya.")
    add("profile-twin", True,
        f"Puluhan Pemuda {reg.split()[-1]} Ikuti Pelatihan {trade.title()} di {inst}\n\n"
        f"{up} – Sebanyak 20 pemuda di {reg} diterima sebagai peserta pelatihan {trade} di {inst} {reg}, {nows[i]}. "
        f"Pelatihan itu mereka jalani selama 30 hari dengan instruktur bersertifikat.\n\n"
        f"Kepala {inst} mengatakan pelatihan digelar agar pemuda bisa membuka usaha seperti {shop}.\n\n"
        f"\"Jangan malu mulai dari kecil,\" katanya.")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 16 event probes (ORG16): near misses of heldout8 t007/t019's constructions (a training before the\n"
         "# report's news, one person's past) and their twins. Generated by scripts/event_probes_r16.py.\n"
         "# Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
