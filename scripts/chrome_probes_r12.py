#!/usr/bin/env python3
"""Round 12 chrome probes (issue 11): writes scripts/chrome_probes_r12.tsv, or runs it against a binary.

The probes are short reports of a training event of my own writing (six events, known date, venue, participants,
organizer and headline) wrapped in the page chrome Indonesian news sites print (menus, breadcrumbs, weather,
site names, login prompts, social reposts, bylines, captions, ads, share bars, Baca Juga, tags, related and
popular lists, comment prompts, copyright lines, next/prev links, pemda footers), written from the forms of the
sites (detik, kompas, tribun, antara, okezone, liputan6, suara, jpnn, radar group, RRI, .go.id, WordPress,
Blogspot, Facebook, Instagram), not from any document. Each chrome carries its own date, count, place or
organisation where the real one does: none may reach the record, and the headline must stay the headline.

  chrome_probes_r12.py write            -> scripts/chrome_probes_r12.tsv
  chrome_probes_r12.py run BIN [-v]     -> probes right / total, per field
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "chrome_probes_r12.tsv")

EVENTS = [
    dict(id="e1", headline="Dinsos Sleman Gelar Pelatihan Kader Posyandu",
         body=["SLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan kader posyandu di Aula Dinas Sosial Sleman, Senin (3/11/2025). Pelatihan diikuti 40 peserta dari 17 kecamatan.",
               "Kepala Dinas Sosial Sleman, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan kemampuan kader dalam pelayanan kesehatan ibu dan anak di desa masing-masing."],
         date="2025-11-03", venue="Aula Dinas Sosial Sleman", total="40"),
    dict(id="e2", headline="BPBD Garut Latih Relawan Tanggap Bencana",
         body=["GARUT – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut menggelar pelatihan relawan tanggap bencana di Gedung Pendopo Garut, Selasa (11/11/2025). Sebanyak 75 relawan dari berbagai desa mengikuti kegiatan tersebut.",
               "Kepala Pelaksana BPBD Garut, Asep Sulaeman, menjelaskan para relawan dibekali materi pertolongan pertama, evakuasi dan pengelolaan dapur umum."],
         date="2025-11-11", venue="Gedung Pendopo Garut", total="75"),
    dict(id="e3", headline="Diskominfo Kota Kupang Gelar Bimtek Pengelolaan Website",
         body=["KUPANG – Dinas Komunikasi dan Informatika Kota Kupang menggelar bimbingan teknis pengelolaan website bagi 60 operator perangkat daerah di Hotel Aston Kupang, Kamis (20/11/2025).",
               "Kepala Diskominfo Kota Kupang, Yohanes Tefa, berharap para operator mampu memperbarui informasi publik secara berkala setelah mengikuti bimtek tersebut."],
         date="2025-11-20", venue="Hotel Aston Kupang", total="60"),
    dict(id="e4", headline="Disnaker Banyumas Latih 30 Pencari Kerja Menjahit",
         body=["PURWOKERTO – Dinas Tenaga Kerja, Koperasi dan UKM Kabupaten Banyumas menggelar pelatihan menjahit di Balai Latihan Kerja Banyumas, Rabu (5/11/2025). Pelatihan diikuti 30 pencari kerja.",
               "Kepala Bidang Pelatihan, Sri Wahyuni, mengatakan pelatihan berlangsung selama 20 hari dan peserta akan mendapat sertifikat kompetensi."],
         date="2025-11-05", venue="Balai Latihan Kerja Banyumas", total="30"),
    dict(id="e5", headline="Ratusan Pelaku UMKM Makassar Ikuti Pelatihan Pemasaran Digital",
         body=["MAKASSAR – Dinas Koperasi dan UKM Provinsi Sulawesi Selatan menggelar pelatihan pemasaran digital di Hotel Claro Makassar, Rabu (12/11/2025). Kegiatan ini diikuti 100 pelaku UMKM.",
               "Kepala Dinas Koperasi dan UKM Sulsel, Andi Rahman, mengatakan pelatihan tersebut membantu pelaku usaha memasarkan produk melalui lokapasar dan media sosial."],
         date="2025-11-12", venue="Hotel Claro Makassar", total="100"),
    dict(id="e6", headline="Kemenag Lombok Timur Latih Penyuluh Agama Islam",
         body=["SELONG – Kantor Kementerian Agama Kabupaten Lombok Timur menggelar pelatihan penyuluh agama Islam di Aula Kantor Kemenag Lombok Timur, Jumat (14/11/2025). Pelatihan diikuti 50 penyuluh.",
               "Kepala Kantor Kemenag Lombok Timur, Zaenal Abidin, meminta para penyuluh memanfaatkan ilmu yang didapat untuk membina masyarakat di desa binaan."],
         date="2025-11-14", venue="Aula Kantor Kemenag Lombok Timur", total="50"),
]

# Chrome: (kind, where, lines). where: pre (before the headline), head (between the headline and the body),
# mid (between the body's paragraphs), post (after the body).
CHROME = [
    ("menu", "pre", ["Beranda Berita Daerah Pemerintahan Olahraga Ekonomi Video Indeks"]),
    ("breadcrumb", "pre", ["Home › Regional › Jawa Tengah › Kabupaten Semarang"]),
    ("weather", "pre", ["Kamis, 4 Desember 2025 | Jakarta 28°C Cerah Berawan"]),
    ("site_tagline", "pre", ["RADARBANYUMAS.CO.ID - Berita Terkini Banyumas Raya Hari Ini"]),
    ("login", "pre", ["Masuk / Daftar", "Langganan sekarang untuk membaca tanpa iklan mulai Rp 25.000 per bulan"]),
    ("facebook", "pre", ["Humas Pemkab Bandung Barat", "2 jam · Dibagikan ke Publik"]),
    ("close_gnews", "pre", ["close×", "Ikuti kami di Google News"]),
    ("byline_date", "head", ["Penulis: Andi Pratama | Editor: Siti Rahmawati", "Kamis, 4 Desember 2025 09:15 WIB"]),
    ("caption_foto", "head", ["Suasana pelatihan hari pertama di Kota Tasikmalaya, Sabtu (1/11/2025). (Foto: Humas Pemkot Tasikmalaya)"]),
    ("caption_dok", "head", ["Ilustrasi kegiatan pelatihan. (Dok. Istimewa)"]),
    ("tribun_report", "head", ["Laporan Wartawan Tribunnews, Ahmad Syarifudin", "TRIBUNNEWS.COM - Berita terkini hari ini"]),
    ("reporter_date", "head", ["Reporter: Dewi Lestari | Senin, 24 November 2025 - 14:30 WIB"]),
    ("ads", "mid", ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"]),
    ("baca_juga", "mid", ["Baca Juga: 250 Warga Kabupaten Bogor Ikuti Pelatihan Barista di Gedung Tegar Beriman, Sabtu (1/11/2025)"]),
    ("share", "mid", ["Bagikan: Facebook Twitter WhatsApp Telegram Salin Link"]),
    ("editor_source", "post", ["Editor: Rudi Hartono", "Sumber: Humas Pemprov Jawa Barat"]),
    ("tags", "post", ["Tags: pelatihan kader, Dinas Sosial, Kabupaten Bogor, UMKM, Jawa Barat"]),
    ("related_list", "post", ["Berita Terkait", "Disnaker Kota Bekasi Latih 120 Pencari Kerja di BLK Bekasi", "BPBD Kabupaten Cianjur Gelar Simulasi Gempa Diikuti 300 Siswa"]),
    ("comments", "post", ["Komentar", "0 Komentar", "Login untuk berkomentar"]),
    ("copyright", "post", ["Copyright © 2025 Radar Banyumas. All Rights Reserved.", "Redaksi | Pedoman Media Siber | Kontak Kami"]),
    ("popular", "post", ["Terpopuler", "1 Ribuan Honorer Kabupaten Bandung Ikuti Tes PPPK di Gedung Budaya Sabilulungan", "2 Sebanyak 500 Guru Ikut Pelatihan Koding di Kota Cimahi, Jumat (28/11/2025)"]),
    ("prev_next", "post", ["Sebelumnya: Pemkab Bantul Gelar Pelatihan Batik untuk 80 Perajin", "Selanjutnya: Dinkes Kulon Progo Latih 45 Bidan Desa di Puskesmas Wates"]),
    ("instagram", "post", ["#pelatihan #pemkab #infodaerah", "1.245 suka · 32 komentar"]),
    ("pemda_footer", "post", ["Dinas Komunikasi dan Informatika Kabupaten Klaten", "Jl. Pemuda No. 294 Klaten, Telp. (0272) 321046"]),
    ("gnews_channel", "post", ["Ikuti berita terkini di Google News, klik di sini", "Dapatkan update berita pilihan setiap hari. Mari bergabung di Grup Telegram, caranya klik link lalu join."]),
    ("blogspot", "post", ["Posted by Admin at 10.15 No comments:", "Share to Twitter Share to Facebook", "Labels: Berita Daerah"]),
    # A second batch: the chrome of article pages' bodies and footers (audio players, page links, videos, editors'
    # picks, WordPress meta, channel prompts, archive captions).
    ("archive_caption", "mid", ["Ilustrasi – Peserta pelatihan serupa di Gedung Sate Bandung, Rabu (15/10/2024). (ANTARA/Raisan Al Farisi)"]),
    ("listen", "head", ["Dengarkan berita ini", "A A A"]),
    ("pages", "post", ["Halaman: 1 2 3 Selanjutnya"]),
    ("video_mid", "mid", ["Simak Video: Pelatihan Damkar untuk 200 Warga Cianjur, Minggu (2/11/2025)"]),
    ("video_list", "post", ["Tonton Video Pilihan Ini:", "Sebanyak 300 Warga Kota Depok Ikuti Pelatihan Kewirausahaan di Balai Kota Depok"]),
    ("updated", "head", ["Diperbarui 04 Des 2025, 09:15 WIB", "Waktu baca 2 menit"]),
    ("editors_pick", "post", ["Pilihan Editor: Pemkot Surabaya Latih 1.000 Kader Surabaya Hebat di Gedung Siola"]),
    ("wordpress_meta", "head", ["Posted on 4 Desember 2025 by admin", "0 Comments"]),
    ("ads_plain", "mid", ["Advertisement", "Iklan", "Lanjutkan Membaca"]),
    ("related_inline", "mid", ["Artikel Terkait: Dinas Pendidikan Kota Medan Gelar Pelatihan Guru Penggerak di Hotel Santika Medan Bersama 150 Guru"]),
    ("wa_channel", "post", ["Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita lewat WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbed"]),
    ("rri", "pre", ["RRI.co.id - Portal Berita Radio Republik Indonesia", "Pro 1 | Pro 2 | Pro 3 | Pro 4"]),
]


def document(ev, chromes):
    pre, head, mid, post = [], [], [], []
    for _, where, lines in chromes:
        {"pre": pre, "head": head, "mid": mid, "post": post}[where].extend(lines)
    lines = pre + [ev["headline"]] + head + [ev["body"][0]] + mid + ev["body"][1:] + post
    return "\n".join(lines) + "\n"


def write():
    rows = []
    for ev in EVENTS:
        rows.append((f"{ev['id']}-clean", ev, []))
        for c in CHROME:
            rows.append((f"{ev['id']}-{c[0]}", ev, [c]))
        rows.append((f"{ev['id']}-page", ev, CHROME))
    with open(TSV, "w") as f:
        f.write("# Round 12 chrome probes (issue 11), written by scripts/chrome_probes_r12.py from no document.\n")
        f.write("# Columns: id<TAB>document (\\n between lines)<TAB>headline<TAB>date start<TAB>venue<TAB>participants total.\n")
        f.write("# Every probe is a training event; no value may come from the chrome.\n")
        for pid, ev, chromes in rows:
            doc = document(ev, chromes).replace("\n", "\\n")
            f.write("\t".join([pid, doc, ev["headline"], ev["date"], ev["venue"], ev["total"]]) + "\n")
    print(f"{len(rows)} probes -> {TSV}")


def run(binary, verbose):
    probes = []
    for line in open(TSV):
        if line.startswith("#") or not line.strip():
            continue
        pid, doc, headline, date, venue, total = line.rstrip("\n").split("\t")
        probes.append((pid, doc.replace("\\n", "\n"), headline, date, venue, total))
    inp = "".join(json.dumps({"id": p[0], "text": p[1]}) + "\n" for p in probes)
    # The structure's headline is what WARTA_EXPLAIN prints (the record's document title is the first line).
    res = subprocess.run([binary, "extract", "-", "--output", "-", "--jobs", "1"], input=inp, capture_output=True, text=True,
                         env=dict(os.environ, WARTA_EXPLAIN="1"))
    out = res.stdout
    heads, cur = {}, None
    for l in res.stderr.splitlines():
        if not l.startswith(" ") and ": score " in l:
            cur = l.split(": score ")[0]
        elif l.startswith("  headline: ") and cur is not None:
            heads[cur] = l[len("  headline: "):].split(" | lead: ")[0]
    recs = {}
    for l in out.splitlines():
        r = json.loads(l)
        recs[r["document"]["id"]] = r
    right = 0
    bad = {}
    for pid, doc, headline, date, venue, total in probes:
        r = recs.get(pid, {})
        ev = r.get("event") or {}
        got = dict(
            event=r.get("is_training_event"),
            headline=heads.get(pid),
            date=((ev.get("date") or {}).get("start")),
            venue=((ev.get("location") or {}).get("venue")),
            total=str((ev.get("participants") or {}).get("total")),
        )
        want = dict(event=True, headline=headline, date=date, venue=venue, total=total)
        wrong = [k for k in want if got[k] != want[k]]
        if not wrong:
            right += 1
        else:
            for k in wrong:
                bad[k] = bad.get(k, 0) + 1
            if verbose:
                print(f"{pid}: " + "; ".join(f"{k} {got[k]!r} (want {want[k]!r})" for k in wrong))
    print(f"chrome probes right: {right}/{len(probes)}; wrong by field: {bad}")


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write()
    else:
        run(sys.argv[2], "-v" in sys.argv)
