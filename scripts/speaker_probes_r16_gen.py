#!/usr/bin/env python3
"""Writes scripts/speaker_probes_r16.tsv (issue 11, round 16, task SPK16): speakers in the constructions an unseen
writer used (heldout8's look half), each written in the variants other journalists use for the same fact and filled
from lists of the world (names of several regions and countries, functional roles, agencies, laws, topics, verbs of
the same class), never with the document's own words; counterexamples beside them.

Blocks:
- `material-law` (t021): the material's topic holds a law's number and year (sesuai UU Nomor 18 Tahun 2017, PP
  Nomor 22 Tahun 2021) before the passive verb, then a role, its agency, a comma and the person.
- `unlisted-role` (t009): the material delivered by a functional role in no role lexicon (prakirawan, surveyor,
  penerjemah, statistisi), its agency in capitals, a comma and a person with a degree or a title; counterexamples:
  a preposition after the verb, a welcome speech, no degree.
- `method-by` (t009, t011): a method (cara, langkah, teknik) as the subject of a passive verb of explaining or
  demonstrating, then an expert's role, its unit, a comma and the person or a list of two; counterexamples: an
  official, a participant.
- `foreign-name` (t021): a titled foreign name with a hyphenated syllable in lower case (Mr. Park Ji-hoon);
  counterexamples: a reduplicated common noun in title case.
- `nickname` (t017): a nickname in quotes between the given name and the family name; counterexample: a shop's name
  in quotes after the person's role.
- `common-noun` (t043, t055, heldout3 k055, heldout6 p001): nouns of an office's field, abstract nouns (-asi,
  -itas) and a task force's head in title case are no person's name.
- `follows-with` (t059): a role, the person, then menyusul/tampil/melanjutkan `dengan materi ...`; counterexamples:
  no person, a welcome speech.
- `article-role` (t033): after `serta`/`dan`, an article (seorang), a role in lower case, an adjective, its place, a
  comma and the person (serta seorang petani sukses asal Desa X, Pak Y); counterexample: a participant.

    python3 scripts/speaker_probes_r16_gen.py > scripts/speaker_probes_r16.tsv
"""

U = ["Rahmat Hidayat", "Ni Luh Putu Ariani", "Yulius Tamonob", "Siti Maemunah", "Arief Budiman", "Maria Goreti Seran",
     "Imanuel Rumbiak", "Dewi Lestari", "La Ode Arsyad", "Nurhayati Lubis", "Teuku Fadli", "Agnes Wulandari"]
rows = []


def add(block, sentence, gold):
    rows.append((block, sentence, gold))


# material-law (t021)
LAWS = ["sesuai UU Nomor 18 Tahun 2017", "berdasarkan PP Nomor 22 Tahun 2021", "menurut Perda Nomor 5 Tahun 2020",
        "sesuai Permendagri Nomor 20 Tahun 2018"]
LROLE = [("petugas pelindungan BP2MI", "disampaikan oleh"), ("staf hukum Disnaker Kota Kupang", "dibawakan"),
         ("penyuluh hukum Kanwil Kemenkumham NTT", "dipaparkan oleh"), ("analis kebijakan Bappeda Sikka", "diberikan")]
for i, law in enumerate(LAWS):
    role, verb = LROLE[i]
    add("material-law", f"Materi hak dan kewajiban {law} {verb} {role}, {U[i]}, S.H.", U[i])
add("material-law", "Materi disampaikan dengan mengacu UU Nomor 18 Tahun 2017, katanya.", "")
add("material-law", "Sambutan sesuai Perda Nomor 5 Tahun 2020 disampaikan oleh Kepala Dinas Sosial, Arief Budiman.", "")

# unlisted-role (t009)
UR = [("prakirawan cuaca BMKG Kupang", "dibawakan", ", S.Tr."), ("surveyor pemetaan BPN Sleman", "disampaikan oleh", ", S.T."),
      ("penerjemah tersumpah Kemenkumham", "diberikan", ", S.S."), ("statistisi BPS Kabupaten Sikka", "dipaparkan oleh", ", S.Si."),
      ("pengamat gunung api PVMBG", "dibawakan oleh", ", M.T."), ("polisi hutan BKSDA Riau", "disampaikan", ", S.Hut.")]
for i, (role, verb, deg) in enumerate(UR):
    n = U[(i + 4) % len(U)]
    add("unlisted-role", f"Materi tentang mitigasi bencana {verb} {role}, {n}{deg}", n)
add("unlisted-role", "Materi mitigasi bencana disampaikan kepada warga Desa Sukamaju, Arief Budiman, S.Pd.", "")
add("unlisted-role", "Sambutan disampaikan prakirawan cuaca BMKG Kupang, Dewi Lestari, S.Tr.", "")
add("unlisted-role", "Materi mitigasi bencana disampaikan dalam bahasa daerah, La Ode Arsyad, S.Pd. menerjemahkan.", "")

# method-by (t009, t011)
MB = [("Cara memasang alat pengukur debit air dijelaskan", "penyuluh senior BPP Sumberjaya", [U[0]]),
      ("Teknik sambung pucuk dicontohkan langsung oleh", "petani milenial asal Desa Tanjung", [U[2]]),
      ("Langkah-langkah memadamkan api dari tabung gas yang diperagakan", "instruktur BPBD Kota Kupang", [U[3], U[7]]),
      ("Berikut empat langkah yang dipraktikkan", "instruktur Dinas Pemadam Kebakaran", [U[9], U[10]]),
      ("Metode menghitung dosis pupuk diterangkan oleh", "penyuluh pertanian Kecamatan Tomia", [U[8]])]
for lead, role, names in MB:
    add("method-by", f"{lead} {role}, {' dan '.join(names)}.", "; ".join(names))
add("method-by", "Cara pendaftaran dijelaskan Kepala Dinas Sosial, Arief Budiman.", "")
add("method-by", "Langkah yang dipraktikkan peserta, Dewi Lestari, mendapat pujian.", "")
add("method-by", "Cara penyaluran bantuan dijelaskan Bupati Sikka, Yulius Tamonob.", "")

# foreign-name (t021)
FN = [("Mr. Park Ji-hoon", "Park Ji-hoon"), ("Ms. Kim Seo-yeon", "Kim Seo-yeon"), ("Mr. Lee Min-jun", "Lee Min-jun"),
      ("Dr. Choi Hyun-woo", "Choi Hyun-woo")]
FR = ["perwakilan HRD Korea Jakarta", "dosen Universitas Hankuk", "konsultan KOICA Indonesia", "instruktur EPS-TOPIK Korea"]
for i, (full, gold) in enumerate(FN):
    add("foreign-name", f"Materi budaya kerja di Korea diisi oleh {FR[i]}, {full}, dengan didampingi penerjemah.", gold)
add("foreign-name", "Materi disampaikan oleh Kepala Bagian Perundang-undangan, Arief Budiman.", "Arief Budiman")
add("foreign-name", "Sambutan disampaikan oleh Mr. Park Ji-hoon, dengan didampingi penerjemah.", "")

# article-role (t033)
AR = [("dosen Fakultas Pertanian Universitas Nusa Cendana", "petani sukses asal Desa Oelnasi"),
      ("penyuluh perikanan Kecamatan Tomia", "pembudidaya rumput laut asal Desa Waha"),
      ("dokter hewan Puskeswan Maumere", "peternak sapi berpengalaman asal Desa Nita")]
for i, (r1, r2) in enumerate(AR):
    a, b = U[i], U[i + 6]
    add("article-role", f"Sebagai pemateri, panitia menghadirkan {r1}, Dr. {a}, M.P., serta seorang {r2}, Pak {b}, yang sudah lima tahun menekuni usahanya.", f"{a}; {b}")
# a role with its abbreviation in parentheses and its unit after `dari` before the first person (round 16: ten words)
AR2 = [("dosen pembimbing lapangan (DPL) dari Fakultas Peternakan Universitas Nusa Cendana", "peternak sapi berpengalaman asal Desa Nita"),
       ("penyuluh pertanian lapangan (PPL) dari BPP Kecamatan Lembor Selatan", "petani kopi sukses asal Desa Colol")]
for i, (r1, r2) in enumerate(AR2):
    a, b = U[i + 3], U[i + 9]
    add("article-role", f"Sebagai pemateri, mahasiswa menghadirkan {r1}, Dr. {a}, M.P., serta seorang {r2}, Pak {b}, yang sudah lama menekuni usahanya.", f"{a}; {b}")
add("article-role", "Sebagai pemateri, panitia menghadirkan dosen Fakultas Pertanian, Dr. Arief Budiman, M.P., dan seorang peserta asal Desa Nita, Pak Teuku Fadli, bertanya.", "Arief Budiman")

# nickname (t017): a nickname in quotes between the given name and the family name
NK = [("barista nasional asal Kota Batu", 'Rizky "Kiki" Ramadhan'), ("penjahit senior asal Kupang", 'Maria "Mery" Seran'),
      ("fotografer produk asal Bandung", 'Bayu "Bebeng" Pratama'), ("perajin tenun asal Sikka", 'Yohanes "Anis" Bria')]
for role, name in NK:
    add("nickname", f"Pelatihnya adalah {role}, {name}, juara kedua kompetisi tingkat provinsi 2023.", name)
add("nickname", 'Pelatihnya adalah barista asal Kota Batu, Rizky Ramadhan, pemilik kedai "Kopi" Senja di Batu.', "Rizky Ramadhan")
add("nickname", 'Sambutan disampaikan Bupati Sikka, Yohanes "Anis" Bria, di aula.', "")

# common-noun (t043, t055, heldout3 k055, heldout6 p001): a noun of an office's field, an abstract noun or a task
# force's head in title case is no person's name
CN = [("Materi disampaikan oleh Kepala Subbagian Perencanaan, Data dan Informasi BPS Provinsi Maluku, Arief Budiman, S.Kom.", "Arief Budiman"),
      ("Materi dibawakan oleh Tenaga Ahli Pemberdayaan Masyarakat Provinsi Jambi, Siti Maemunah, S.E.", "Siti Maemunah"),
      ("Materi dibawakan oleh Analis Kebijakan pada Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan, Dewi Lestari, S.E.", "Dewi Lestari"),
      ("Materi waspada investasi bodong dibawakan oleh Satgas Waspada Investasi (Satuan Tugas Waspada Investasi) OJK.", ""),
      ("Sementara itu, instruktur bela diri Polri dari Satbrimob, Bripka Teuku Fadli, melatih teknik borgol.", "Teuku Fadli"),
      ("Materi dibawakan oleh Koordinator Bidang Koordinasi dan Evaluasi, Nurhayati Lubis, S.Sos.", "Nurhayati Lubis")]
for sent, gold in CN:
    add("common-noun", sent, gold)

# follows-with (t059): a role, the person, then a verb of following or appearing and `dengan materi ...`
FW = [("Desainer kemasan Ni Luh Putu Ariani menyusul dengan materi merek dan kemasan produk.", "Ni Luh Putu Ariani"),
      ("Setelah itu, penyuluh perikanan La Ode Arsyad tampil dengan materi pengolahan ikan asap.", "La Ode Arsyad"),
      ("Konsultan pajak Teuku Fadli, S.E. melanjutkan dengan materi pembukuan sederhana.", "Teuku Fadli"),
      ("Kegiatan kemudian dilanjutkan dengan materi pemasaran daring.", ""),
      ("Bupati Sikka Yohanes Bria menyusul dengan sambutan singkat.", "")]
for sent, gold in FW:
    add("follows-with", sent, gold)

print("# Round 16 probes (issue 11, task SPK16), generated by scripts/speaker_probes_r16_gen.py from lists of the world,")
print("# variants of the constructions heldout8's look half states a speaker in. Gold: the trainers' names, titles")
print("# stripped; empty: no speaker.")
print("# id (block-number)\tfield\tsentence\tgold")
count = {}
for block, sentence, gold in rows:
    count[block] = count.get(block, 0) + 1
    print(f"{block}-{count[block]:03d}\tspeakers\t{sentence}\t{gold}")
