# Generator of scripts/event_nearmiss_probes_r14.tsv (issue 11, round 14, EVENT5): whole short reports (a headline
# and three to six sentences) of regional stories that use training words but report no training that took place
# -- a facility, an accident of a training aircraft, a sports friendly, a scam in a training's name, a budget or a
# hearing, an outcome, a hand-over to past trainees, a plan -- each with a near twin of the same surface that IS
# a training event. Written from lists of the world (offices, places, trainings, story kinds), not from any labeled
# document. Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_nearmiss_probes_r14.py [write | run BIN [-v]]
import subprocess, sys, os, tempfile
rows = []
def add(kind, expected, text):
    rows.append((f"n{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("AMBON", "Kota Ambon", "Desa Galala"), ("KUDUS", "Kudus", "Desa Ngembalrejo"),
          ("PALU", "Kota Palu", "Kelurahan Talise"), ("MAGELANG", "Magelang", "Desa Sawangan"),
          ("BIMA", "Bima", "Desa Sape"), ("SAMARINDA", "Kota Samarinda", "Kelurahan Sempaja")]
days = ["Senin (3/2/2025)", "Selasa (14/5/2024)", "Rabu (7/8/2024)", "Kamis (12/9/2024)", "Jumat (21/3/2025)", "Sabtu (8/3/2025)"]
offices = [("Kantor SAR", "personel SAR"), ("BPBD", "relawan"), ("Dinas Pemadam Kebakaran", "petugas damkar"),
           ("UPT BLK", "pencari kerja"), ("Dinas Perhubungan", "petugas"), ("Dinas Pemuda dan Olahraga", "atlet")]
facilities = ["Kolam Latih", "Menara Latih", "Lapangan Latih", "Pusat Latih", "Sarana Latih", "Gedung Latih"]
skills = ["water rescue", "penyelamatan di ketinggian", "pemadaman kebakaran", "pengelasan", "keselamatan jalan", "kepelatihan"]

def P(i): return places[i % len(places)]
def D(i): return days[i % len(days)]

# 1. A facility for training inaugurated (a bare `latih` after a thing, not a verb), and its twin: a training held in it.
for i in range(6):
    up, city, vil = P(i); off, ppl = offices[i]; fac = facilities[i]; sk = skills[i]
    add("facility", False,
        f"{fac} {off} {city} Diresmikan\n\n{up} – Kepala daerah meresmikan {fac.lower()} milik {off} {city} di {vil}, {D(i)}. "
        f"Fasilitas itu dibangun selama delapan bulan dengan anggaran Rp 4 miliar.\n\n"
        f"\"Ke depan {ppl} harus terlatih,\" katanya. Tahun depan, tempat itu dipakai untuk pelatihan bagi 40 {ppl}. Peresmian ditandai penandatanganan prasasti.")
    add("facility-twin", True,
        f"{off} {city} Latih 40 {ppl.title()} di {fac}\n\n{up} – {off} {city} melatih 40 {ppl} {sk} di {fac.lower()} {vil}, {D(i)}. "
        f"Pelatihan berlangsung tiga hari dengan instruktur dari pusat.\n\n\"Kami ingin {ppl} siap,\" kata kepala {off}.")

# 2. A training aircraft or ship in an accident or a visit (`pesawat latih`, `kapal latih`), and its twin.
vehicles = ["Pesawat Latih", "Kapal Latih", "Helikopter Latih", "Pesawat Latih", "Kapal Latih", "Pesawat Latih"]
for i in range(6):
    up, city, vil = P(i); veh = vehicles[i]
    add("vehicle", False,
        f"{veh} Tergelincir di {city}, Dua Awak Selamat\n\n{up} – Sebuah {veh.lower()} milik sekolah penerbangan tergelincir di {vil}, {D(i)}. "
        f"Dua awak selamat dan dibawa ke rumah sakit.\n\nPolisi masih menyelidiki penyebab kejadian, kata Kapolres.")
    add("vehicle-twin", True,
        f"Sekolah Penerbangan {city} Latih 20 Calon Pilot\n\n{up} – Sekolah penerbangan di {city} melatih 20 taruna menerbangkan {veh.lower()} di {vil}, {D(i)}. "
        f"Pelatihan terbang itu diikuti taruna angkatan ketiga.\n\n\"Keselamatan nomor satu,\" kata kepala sekolah.")

# 3. A sports friendly (`latih tanding`) and its twin: a coaching clinic for coaches.
sports = ["sepak bola", "bola voli", "futsal", "basket", "sepak takraw", "pencak silat"]
for i in range(6):
    up, city, vil = P(i); sp = sports[i]
    add("sports", False,
        f"Tim {sp.title()} {city} Latih Tanding dengan Klub Tetangga\n\n{up} – Tim {sp} {city} menjalani latih tanding di stadion {vil}, {D(i)}. "
        f"Laga uji coba itu dimenangi tuan rumah 3-1.\n\nPelatih kepala menyebut timnya siap menghadapi Porprov.")
    add("sports-twin", True,
        f"Dispora {city} Latih 30 Pelatih {sp.title()}\n\n{up} – Dinas Pemuda dan Olahraga {city} menggelar pelatihan bagi 30 pelatih {sp} di aula {vil}, {D(i)}. "
        f"Pelatihan berlangsung dua hari.\n\n\"Pelatih harus paham metode terbaru,\" kata kepala dinas.")

# 4. A scam or crime in a training's name (`berkedok`, `modus`, `mengatasnamakan`) and its twin: a training against scams.
guises = ["berkedok", "dengan modus", "mengatasnamakan", "berkedok", "dengan modus", "mengatasnamakan"]
trn = ["pelatihan kerja", "bimtek kepala desa", "diklat CPNS", "pelatihan kerja ke Jepang", "workshop guru", "pelatihan satpam"]
for i in range(6):
    up, city, vil = P(i); g = guises[i]; tr = trn[i]
    add("scam", False,
        f"Polisi Tangkap Pelaku Penipuan {g.split()[-1].title()} {tr.title()}\n\n{up} – Polres {city} menangkap seorang pria yang menipu 25 warga {g} {tr}, {D(i)}. "
        f"Para korban diminta membayar Rp 5 juta per orang.\n\nPelaku kini ditahan di Mapolres {city}, kata Kasat Reskrim.")
    add("scam-twin", True,
        f"Polres {city} Gelar Pelatihan Cegah Penipuan Daring\n\n{up} – Polres {city} menggelar pelatihan pencegahan penipuan daring bagi 25 perangkat desa di aula {vil}, {D(i)}. "
        f"Peserta belajar mengenali modus penipuan.\n\n\"Warga jangan mudah percaya,\" kata Kasat Reskrim.")

# 5. Products or jobs of past trainees (an outcome) and its twin: the training held.
outs = [("Produk Alumni Pelatihan Menjahit Tembus Pasar Ekspor", "menjahit"),
        ("Lulusan Pelatihan Las BLK Kini Bekerja di Kawasan Industri", "pengelasan"),
        ("Berkat Pelatihan Barista, Pemuda Desa Buka Kedai Kopi", "barista"),
        ("Hasil Pelatihan Tata Boga Dipasarkan di Minimarket", "tata boga"),
        ("Usai Pelatihan, Petani Milenial Panen Melon Premium", "budidaya melon"),
        ("Omzet UMKM Naik Setelah Ikut Pelatihan Digital", "pemasaran digital")]
for i in range(6):
    up, city, vil = P(i); h, sk = outs[i]
    add("outcome", False,
        f"{h}\n\n{up} – Sejumlah warga {vil} yang pernah mengikuti pelatihan {sk} kini menikmati hasilnya. "
        f"Penghasilan mereka naik dua kali lipat dalam setahun.\n\n\"Dulu saya menganggur,\" kata Rina, salah satu warga, {D(i)}. "
        f"Pemerintah {city} berharap kisah itu ditiru desa lain.")
    add("outcome-twin", True,
        f"Dinas Koperasi {city} Gelar Pelatihan {sk.title()}\n\n{up} – Dinas Koperasi {city} menggelar pelatihan {sk} bagi 30 warga {vil}, {D(i)}. "
        f"Peserta langsung praktik bersama instruktur.\n\n\"Kami ingin penghasilan mereka naik,\" kata kepala dinas.")

# 6. A budget or a hearing (DPRD) about trainings, and its twin: the members attend a bimtek.
for i in range(6):
    up, city, vil = P(i)
    add("budget", False,
        f"Fraksi Soroti Anggaran Bimtek Rp 3 Miliar di {city}\n\n{up} – Sejumlah fraksi mempertanyakan anggaran bimtek dan pelatihan aparatur senilai Rp 3 miliar dalam rapat pembahasan APBD, {D(i)}. "
        f"Mereka menilai kegiatan itu belum berdampak.\n\n\"Kami minta dirinci,\" kata ketua fraksi.")
    add("budget-twin", True,
        f"Perangkat Desa se-{city} Ikuti Bimtek Pengelolaan Keuangan\n\n{up} – Sebanyak 80 perangkat desa mengikuti bimtek pengelolaan keuangan desa di aula {vil}, {D(i)}. "
        f"Bimtek digelar Dinas PMD selama dua hari.\n\n\"Laporan harus tepat waktu,\" kata kepala dinas.")

# 7. A plan with a month but no day (`mulai April mendatang`, `akan digunakan untuk pelatihan`), and its twin dated.
months = ["April", "Mei", "Juni", "Juli", "Agustus", "September"]
for i in range(6):
    up, city, vil = P(i); off, ppl = offices[i]; sk = skills[i]
    add("plan-month", False,
        f"{off} {city} Siapkan Pelatihan {sk.title()}\n\n{up} – {off} {city} menyiapkan pelatihan {sk} bagi 40 {ppl}. "
        f"Mulai {months[i]} mendatang, gedung di {vil} akan digunakan untuk pelatihan angkatan pertama.\n\n"
        f"\"Anggarannya sudah siap,\" kata kepala {off}, {D(i)}.")
    add("plan-month-twin", True,
        f"{off} {city} Gelar Pelatihan {sk.title()}\n\n{up} – {off} {city} menggelar pelatihan {sk} bagi 40 {ppl} di gedung {vil}, {D(i)}. "
        f"Pelatihan angkatan pertama itu berlangsung tiga hari.\n\n\"Anggarannya dari APBD,\" kata kepala {off}.")

# 8. A hand-over of aid to past trainees, and its twin: the closing of a training with the hand-over.
aids = ["mesin jahit", "peralatan las", "gerobak usaha", "alat pancing", "mesin kopi", "oven"]
for i in range(6):
    up, city, vil = P(i); a = aids[i]
    add("handover", False,
        f"Bupati {city} Serahkan Bantuan {a.title()} kepada Warga {vil}\n\n{up} – Bupati {city} menyerahkan bantuan {a} kepada 20 warga {vil} yang tahun lalu mengikuti pelatihan keterampilan, {D(i)}. "
        f"Bantuan itu bersumber dari APBD.\n\n\"Gunakan untuk usaha,\" kata bupati.")
    add("handover-twin", True,
        f"Pelatihan Keterampilan Warga {vil} Ditutup\n\n{up} – Pelatihan keterampilan bagi 20 warga {vil} ditutup Bupati {city}, {D(i)}, setelah berlangsung lima hari di balai desa. "
        f"Peserta menerima bantuan {a}.\n\n\"Gunakan untuk usaha,\" kata bupati.")

# 9. A routine practice of a club or a unit (`latihan rutin`), and its twin: a training for its members.
units = [("Sanggar Tari", "penari"), ("Klub Renang", "perenang"), ("Tim Paskibra", "anggota paskibra"),
         ("Regu Damkar", "petugas"), ("Paguyuban Seni", "anggota"), ("Grup Marching Band", "pemain")]
for i in range(6):
    up, city, vil = P(i); u, ppl = units[i]
    add("routine", False,
        f"{u} {city} Rutin Berlatih Tiap Pekan\n\n{up} – {u} di {vil} menggelar latihan rutin setiap Minggu pagi. "
        f"Sebanyak 30 {ppl} hadir pada latihan {D(i)}.\n\n\"Kami ingin tampil di festival,\" kata ketua {u.lower()}.")
    add("routine-twin", True,
        f"{u} {city} Ikuti Pelatihan Manajemen Organisasi\n\n{up} – Sebanyak 30 {ppl} {u.lower()} mengikuti pelatihan manajemen organisasi di balai {vil}, {D(i)}. "
        f"Pelatihan digelar dinas kebudayaan.\n\n\"Organisasi harus tertib,\" kata narasumber.")

# 10. A call for registration without a day and a place, and its twin: a scheduled training with both.
for i in range(6):
    up, city, vil = P(i); sk = skills[i]
    add("call", False,
        f"Disnaker {city} Buka Pendaftaran Pelatihan {sk.title()} Gratis\n\n{up} – Dinas Tenaga Kerja {city} membuka pendaftaran pelatihan {sk} gratis bagi 40 pencari kerja. "
        f"Warga dapat mendaftar di kantor dinas hingga akhir bulan.\n\n\"Kuotanya terbatas,\" kata kepala dinas, {D(i)}.")
    add("call-twin", True,
        f"Disnaker {city} Gelar Pelatihan {sk.title()} Gratis\n\n{up} – Dinas Tenaga Kerja {city} menggelar pelatihan {sk} gratis bagi 40 pencari kerja di BLK {vil}, {D(i)}. "
        f"Pelatihan berlangsung sepuluh hari.\n\n\"Kuotanya terbatas,\" kata kepala dinas.")

# 11. An opinion on the need for training (no rubric), and its twin: a training on that need.
needs = ["vokasi bagi pemuda desa", "literasi digital bagi guru", "mitigasi bencana bagi relawan",
         "kewirausahaan bagi santri", "keuangan bagi UMKM", "K3 bagi buruh pabrik"]
for i in range(6):
    up, city, vil = P(i); nd = needs[i]
    add("opinion", False,
        f"Mengapa Pelatihan {nd.split(' bagi ')[0].title()} Mendesak\n\nPelatihan {nd} bukan lagi pilihan. Angka pengangguran di {city} masih tinggi dan keterampilan warga belum sesuai kebutuhan. "
        f"Pemerintah daerah perlu menambah anggaran pelatihan setiap tahun.\n\nPenulis adalah dosen di {city}.")
    add("opinion-twin", True,
        f"Pemkab {city} Gelar Pelatihan {nd.split(' bagi ')[0].title()}\n\n{up} – Pemerintah {city} menggelar pelatihan {nd} di aula {vil}, {D(i)}. "
        f"Sebanyak 50 peserta hadir.\n\n\"Keterampilan warga harus sesuai kebutuhan,\" kata bupati.")

def write(path):
    with open(path, "w") as f:
        f.write("# Round 14 near-miss probes (issue 11, EVENT5): whole short reports of stories that use training words but\n"
                "# report no training held, and their near twins that are events. Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
        for r in rows: f.write("\t".join(r) + "\n")

def run(binary, verbose):
    right = 0; bad = []
    with tempfile.TemporaryDirectory() as d:
        for pid, exp, kind, text in rows:
            p = os.path.join(d, pid + ".txt"); open(p, "w").write(text.replace("\\n", "\n"))
        out = subprocess.run([binary, "extract", "--output", "-", d], capture_output=True, text=True).stdout
    import json
    got = {}
    for line in out.splitlines():
        try: r = json.loads(line)
        except Exception: continue
        did = (r.get("document") or {}).get("id")
        got[os.path.basename(str(did)).replace(".txt", "")] = r.get("is_training_event")
    for pid, exp, kind, text in rows:
        g = got.get(pid)
        ok = (g is True) == (exp == "event")
        right += ok
        if not ok: bad.append((pid, kind))
    print(f"{right}/{len(rows)}")
    if verbose:
        for b in bad: print(" ", *b)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 1 and sys.argv[1] == "run": run(sys.argv[2], "-v" in sys.argv)
    else: write(os.path.join(here, "event_nearmiss_probes_r14.tsv")); print(len(rows), "probes")
