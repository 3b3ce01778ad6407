#!/usr/bin/env python3
"""Round 19 organizer probes (task ORG19): the shape an organizer value must have, and the constructions of the
organizer misses of heldout11's look half, written from lists of the world (offices, companies, committees,
occasions, places, persons), from no document. `python3 scripts/org_probes_r19.py write` writes
scripts/org_probes_r19.tsv (columns of people_probes.tsv: id, field, sentence, organizers); run it with
`python3 scripts/people_probes.py --probes scripts/org_probes_r19.tsv --exact`. Rows whose id starts with `x` are
counterexamples (the value in the last column is what must come out, often nothing)."""
import os, sys

P = [
    # --- shape 1: a long form cut at `dan` by a second head: the acronym in parentheses spells from the first word
    # (heldout11 w053: `Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)` gave `Kantor Kesyahbandaran` as well)
    ("s101", "Dinas Kelautan Kabupaten Bangka bekerja sama dengan Kantor Imigrasi dan Otoritas Bandara (KIOB) Pangkalpinang menggelar pelatihan pelayanan publik.", "Dinas Kelautan Kabupaten Bangka; Kantor Imigrasi dan Otoritas Bandara (KIOB) Pangkalpinang"),
    ("s102", "Pelatihan kader digelar Lembaga Bahasa dan Pusat Studi Budaya (LBPSB) Universitas Sriwijaya di aula kampus.", "Lembaga Bahasa dan Pusat Studi Budaya (LBPSB) Universitas Sriwijaya"),
    ("s103", "Yayasan Pendidikan dan Sekolah Alam (YPSA) Cibubur menyelenggarakan pelatihan guru PAUD.", "Yayasan Pendidikan dan Sekolah Alam (YPSA) Cibubur"),
    ("s104", "Dinas Pertanian Kota Batu menggandeng Balai Benih dan Pusat Pengembangan Hortikultura (BBPPH) Jawa Timur menggelar pelatihan pembibitan.", "Dinas Pertanian Kota Batu; Balai Benih dan Pusat Pengembangan Hortikultura (BBPPH) Jawa Timur"),
    # counterexamples: two bodies, each with its own acronym
    ("x101", "Dinas Kesehatan dan Badan Narkotika Nasional (BNN) Kota Kediri menggelar pelatihan konselor adiksi.", "Dinas Kesehatan; Badan Narkotika Nasional (BNN) Kota Kediri"),
    ("x102", "Kantor Kemenag Kabupaten Sleman bekerja sama dengan Otoritas Jasa Keuangan (OJK) Daerah Istimewa Yogyakarta menggelar pelatihan literasi keuangan.", "Kantor Kemenag Kabupaten Sleman; Otoritas Jasa Keuangan (OJK) Daerah Istimewa Yogyakarta"),
    # --- shape 2: two bodies joined by the `x` of a brand collaboration are two organizers (heldout11 w049)
    ("s201", "Pemkot Bogor x Tokopedia menggelar pelatihan jualan daring bagi pelaku UMKM.", "Pemkot Bogor; Tokopedia"),
    ("s202", "Dinas Koperasi Kota Malang x Shopee Indonesia mengadakan pelatihan pemasaran digital bagi 50 pelaku usaha.", "Dinas Koperasi Kota Malang; Shopee Indonesia"),
    ("s203", "BPBD Sleman × Palang Merah Indonesia menggelar pelatihan pertolongan pertama bagi relawan.", "BPBD Sleman; Palang Merah Indonesia"),
    ("s204", "DINAS PARIWISATA KOTA MEDAN X GOJEK GELAR PELATIHAN PEMANDU WISATA || Pelatihan pemandu wisata diikuti 40 peserta.", "DINAS PARIWISATA KOTA MEDAN; GOJEK"),
    # counterexamples: a size or a multiplication, a numeral X of a unit
    ("x201", "Dinas Perindustrian Kota Pekalongan menggelar pelatihan membatik di atas kain 2 x 3 meter.", "Dinas Perindustrian Kota Pekalongan"),
    ("x202", "Lantamal X Jayapura menggelar pelatihan selam bagi nelayan.", "Lantamal X Jayapura"),
    # --- shape 3: a team's batch written in lower case before the verb belongs to its name (heldout11 w019)
    ("s301", "Mahasiswa KKN Universitas Diponegoro kelompok 12 menggelar pelatihan pembuatan pupuk kompos bagi petani.", "Mahasiswa KKN Universitas Diponegoro kelompok 12"),
    ("s302", "Tim KKN Universitas Brawijaya gelombang 2 mengadakan pelatihan pengolahan sampah plastik.", "Tim KKN Universitas Brawijaya gelombang 2"),
    ("s303", "Mahasiswa KKN Institut Pertanian Bogor angkatan 2024 melatih warga membuat keripik pisang.", "Mahasiswa KKN Institut Pertanian Bogor angkatan 2024"),
    # counterexample: a group of participants after the verb
    ("x301", "Dinas Pertanian Kabupaten Kendal melatih kelompok 12 petani membuat pupuk organik.", "Dinas Pertanian Kabupaten Kendal"),
    # --- shape 4: a committee named by its occasion, in lower case, after a passive of holding (heldout11 w025)
    ("s401", "Pelatihan sablon kaos yg diadakan panitia Hari Sumpah Pemuda Karang Taruna Desa Sukamaju berlangsung meriah.", "panitia Hari Sumpah Pemuda Karang Taruna Desa Sukamaju"),
    ("s402", "Pelatihan menjahit itu digelar panitia HUT Kabupaten Purworejo di gedung serbaguna.", "panitia HUT Kabupaten Purworejo"),
    ("s403", "Sebanyak 40 remaja ikut pelatihan MC yang diselenggarakan panitia Festival Budaya Lembah Baliem.", "panitia Festival Budaya Lembah Baliem"),
    # counterexamples: a committee of no named occasion, a team sent by someone
    ("x401", "Pelatihan digelar Dinas Sosial Kota Kupang dan dibantu panitia desa.", "Dinas Sosial Kota Kupang"),
    ("x402", "Pelatihan dasar SAR diberikan tim Basarnas Banten kepada 30 relawan.", ""),
    # --- shape 5: the office named only in the closing release credit, when the body names none (heldout11 w055)
    ("s501", "Sebanyak 30 pemuda dilatih menjadi teknisi pendingin ruangan di balai warga.\\n\\n(rls: PLN UP3 Madiun/ab)", "PLN UP3 Madiun"),
    ("s502", "Pelatihan budidaya lele bagi 25 warga berlangsung dua hari.\\n\\n(rilis: Pertamina Patra Niaga Regional Sumbagsel/red)", "Pertamina Patra Niaga Regional Sumbagsel"),
    ("s503", "Pelatihan menjahit bagi 20 ibu rumah tangga digelar di balai desa.\\n\\n(Rilis Dinas Sosial Kabupaten Klaten)", "Dinas Sosial Kabupaten Klaten"),
    # counterexample: the body names its organizer; the credit is the press office
    ("x501", "Dinas Kesehatan Kabupaten Kebumen menggelar pelatihan kader posyandu.\\n\\n(rls: Diskominfo Kebumen/ab)", "Dinas Kesehatan Kabupaten Kebumen"),
    # --- shape 6: no organizer is a person, a role, a place, a venue, an event or a group of participants
    ("x601", "Pelatihan digelar Karang Taruna Desa Wonosari bersama Budi Santoso menggelar pelatihan sablon.", "Karang Taruna Desa Wonosari"),
    ("x602", "Kompol Budi Santoso bersama Polres Sleman menggelar pelatihan satpam.", "Polres Sleman"),
    ("x603", "Pelatihan kader digelar Balai Desa Sukamaju bersama Dinas Kesehatan Kabupaten Klaten.", "Dinas Kesehatan Kabupaten Klaten"),
    ("x604", "Pelatihan digelar Balai Kota Yogyakarta bersama Dinas Koperasi Kota Yogyakarta.", "Dinas Koperasi Kota Yogyakarta"),
    ("x605", "Pelatihan kerja digelar Dinas Tenaga Kerja Kota Batam bekerja sama dengan Balai Desa Sukamaju.", "Dinas Tenaga Kerja Kota Batam"),
    ("x606", "Dinas Pertanian Kabupaten Jember bekerja sama dengan Kelompok Tani Makmur Jaya menggelar pelatihan.", "Dinas Pertanian Kabupaten Jember; Kelompok Tani Makmur Jaya"),
    ("x607", "Warga Desa Sukamaju bersama BPBD Klaten menggelar pelatihan siaga bencana.", "BPBD Klaten"),
    ("x608", "Masyarakat Kelurahan Pondok Benda bersama Puskesmas Pamulang menggelar pelatihan kader.", "Puskesmas Pamulang"),
    ("x609", "Polres Sleman bersama Kapolsek Depok AKP Budi Santoso menggelar pelatihan satpam.", "Polres Sleman"),
    ("x610", "Pengurus Cabang Nahdlatul Ulama Kabupaten Jombang menggelar pelatihan dai muda.", "Pengurus Cabang Nahdlatul Ulama Kabupaten Jombang"),
    ("x611", "Program Kampung Iklim bersama Dinas Lingkungan Hidup Kota Bogor menggelar pelatihan.", "Dinas Lingkungan Hidup Kota Bogor"),
    ("x612", "Program Desa Wisata bersama Dinas Pariwisata Kabupaten Magelang menggelar pelatihan pemandu.", "Dinas Pariwisata Kabupaten Magelang"),
    ("x616", "Kasi Pemberdayaan Masyarakat Dinas Sosial Kabupaten Ngawi, Budi Santoso, mengatakan pihaknya menggelar pelatihan bagi kader.", "Dinas Sosial Kabupaten Ngawi"),
    ("x613", "Peserta Kelompok Tani Sumber Rejeki bersama Dinas Pertanian Kabupaten Ngawi mengikuti pelatihan.", ""),
    ("x614", "Pemerintah Desa Sukamaju bersama Karang Taruna Desa Sukamaju menggelar pelatihan.", "Pemerintah Desa Sukamaju; Karang Taruna Desa Sukamaju"),
    ("x615", "Perwakilan BKKBN Provinsi Gorontalo menggelar pelatihan bagi penyuluh KB.", "Perwakilan BKKBN Provinsi Gorontalo"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 1 and sys.argv[1] == "write":
        with open(os.path.join(here, "org_probes_r19.tsv"), "w", encoding="utf-8") as f:
            f.write("# Round 19 organizer probes, written by scripts/org_probes_r19.py (see there). Columns as\n")
            f.write("# people_probes.tsv: id<TAB>field<TAB>sentence<TAB>organizers; run by people_probes.py --exact.\n")
            for pid, s, g in P:
                f.write(f"{pid}\torganizers\t{s}\t{g}\n")
    else:
        print(__doc__)

if __name__ == "__main__":
    main()
