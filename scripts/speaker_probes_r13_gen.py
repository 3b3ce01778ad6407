#!/usr/bin/env python3
"""Writes scripts/speaker_probes_r13.tsv (issue 11, round 13, task SPK12): speakers by domain probes, from the language
and the roles of an Indonesian training, not from documents.

Three blocks, every frame written from a list, not read in a document:
- `not-speaker`: the people at a training who are not its trainers (GOLD-FORMAT: officials who only open or close are no
  speakers): the official who opens or closes, welcomes, gives a `sambutan`, `arahan`, `pengarahan` or the organising
  committee's `laporan`; the MC (`pembawa acara`, `MC`, host), the moderator; participants quoted; the reporter, writer
  and editor of the page; officials only present (`turut hadir`, `tampak hadir`, `didampingi`); people in a photo
  caption; the trainer of another event; the one who leads the prayer; a beneficiary or a prize winner. In many rows
  a real trainer stands near, and must stay.
- `page-break`: names the page breaks: a title chain or a name cut by a line break, an extra space, a name in ALL
  CAPS, a name with its affiliation in parentheses.
- `cue`: colloquial and cleft cues (`Yang bawa materi ...`, `yang menjadi narasumber adalah`, `adapun narasumber`,
  `bertindak selaku`, `materi pertama oleh`, `dengan narasumber`, `menghadirkan narasumber`), `berbagi pengalaman` of a
  person (not of participants or an institution).

    python3 scripts/speaker_probes_r13_gen.py > scripts/speaker_probes_r13.tsv
    python3 scripts/people_probes.py --probes scripts/speaker_probes_r13.tsv

In a sentence `\\n` is a line break. Gold: names as GOLD-FORMAT writes a speaker (titles stripped; case is ignored).
"""

# Trainers (the name as written, the gold) and other people (officials, MCs, participants ...), from common
# Indonesian name shapes of several regions.
S = [("Dr. Siti Rahmawati, M.Pd.", "Siti Rahmawati"), ("Kompol Andi Saputra", "Andi Saputra"),
     ("I Made Suarta, S.P.", "I Made Suarta"), ("Ir. Yohanes Bria, M.Si.", "Yohanes Bria"),
     ("Nurul Hidayah, S.Kep., Ns.", "Nurul Hidayah"), ("Drs. La Ode Kamaluddin", "La Ode Kamaluddin")]
O = ["H. Ahmad Syarifuddin, S.Sos.", "Drs. Bambang Sutrisno", "Ir. Herman Suryadi, M.M.", "Hj. Rosmiati",
     "Yulius Tamonob", "Andi Baso Mappanyukki", "Ni Luh Putu Ariani", "Fransiskus Xaverius Nua",
     "Dewi Kartikasari", "Rahmat Hidayat, S.E."]

NOT = [
 # the official who opens or closes, welcomes, gives a speech, directions or the committee's report
 "Pelatihan dibuka secara resmi oleh Bupati Sukamaju, {O}.",
 "Kegiatan tersebut dibuka Wakil Bupati Sukamaju {O}.",
 "Pelatihan ditutup secara resmi oleh Sekretaris Daerah Kabupaten Sukamaju, {O}.",
 "Penutupan kegiatan dilakukan oleh Kepala Dinas Sosial, {O}.",
 "Dalam sambutannya, Kepala Dinas Sosial {O} berharap peserta serius mengikuti pelatihan.",
 "Sambutan disampaikan oleh Camat Sukamaju, {O}.",
 "Sambutan Bupati Sukamaju dibacakan oleh Asisten I Setda, {O}.",
 "Arahan diberikan oleh Kepala Dinas Sosial, {O}.",
 "Pengarahan disampaikan oleh Asisten Pemerintahan Setda Sukamaju, {O}.",
 "Kepala Dinas Sosial, {O}, memberikan pengarahan kepada para peserta.",
 "Laporan panitia disampaikan oleh Ketua Panitia, {O}.",
 "Ketua panitia, {O}, dalam laporannya menyebutkan peserta berasal dari 12 desa.",
 "Dalam laporannya, ketua panitia {O} menyampaikan bahwa pelatihan diikuti 30 kader.",
 "Kepala Desa Sukamaju, {O}, menyambut baik pelatihan ini.",
 "{O} menyambut kedatangan para peserta di aula.",
 "Kegiatan diawali dengan sambutan selamat datang dari Kepala Desa, {O}.",
 # MC, moderator, host
 "Acara dipandu oleh pembawa acara {O}.",
 "Bertindak sebagai pembawa acara, {O}.",
 "Bertindak sebagai MC, {O}.",
 "Acara dipandu MC {O} dari Radio Suara Sukamaju.",
 "Diskusi dipandu moderator {O}.",
 "Sesi diskusi dimoderatori oleh {O}.",
 "{O} selaku moderator memandu jalannya diskusi.",
 "Bertindak sebagai moderator, {O}.",
 "Host acara, {O}, membuka sesi tanya jawab.",
 # participants quoted
 "\"Materinya sangat bermanfaat,\" kata {O}, peserta asal Desa Sukamaju.",
 "Salah seorang peserta, {O}, mengaku senang mengikuti pelatihan.",
 "{O}, salah satu peserta, mengatakan materi mudah dipahami.",
 "Hal itu diungkapkan salah satu peserta, {O}.",
 "Peserta asal Kecamatan Sukamaju, {O}, mempraktikkan cara membuat pupuk.",
 "Menurut {O}, peserta dari Desa Sukamaju, pelatihan ini membuka wawasannya.",
 # the reporter, the writer, the editor
 "Reporter: {O}",
 "Penulis: {O}\\nEditor: Dewi Anggraini",
 "(Laporan: {O})",
 # officials only present
 "Turut hadir Kapolsek Sukamaju AKP {O} dan Danramil Kapten Inf Suparman.",
 "Tampak hadir Ketua DPRD Kabupaten Sukamaju, {O}.",
 "Bupati didampingi Kepala Dinas Sosial, {O}.",
 "Hadir dalam kegiatan itu Kepala Bappeda, {O}, dan sejumlah camat.",
 # a photo caption
 "Foto: {O} saat mengikuti pelatihan.",
 "FOTO: Bupati {O} menyerahkan sertifikat kepada peserta.",
 # the trainer of another event
 "Tahun lalu, {O} menjadi narasumber pelatihan serupa di Kabupaten Sukamaju.",
 # the prayer, a beneficiary, a prize winner, a certificate
 "Doa dipimpin oleh Ustaz {O}.",
 "Bantuan peralatan diserahkan kepada {O}, warga Desa Sukamaju.",
 "Sertifikat diserahkan kepada peserta terbaik, {O}.",
 "Penyerahan sertifikat dilakukan oleh Kepala Dinas, {O}.",
 "Predikat peserta terbaik diraih oleh {O} dari Desa Sukamaju.",
]

# the same roles beside a real trainer, who must stay
NEAR = [
 "Pelatihan dibuka oleh Bupati Sukamaju, {O}. Materi disampaikan oleh {S}.",
 "Pelatihan yang dibuka Wakil Bupati {O} ini menghadirkan narasumber {S}.",
 "Dalam sambutannya, Kepala Dinas Sosial {O} berharap peserta serius. Narasumber kegiatan ini adalah {S}.",
 "Kegiatan dipandu oleh {O} selaku pembawa acara, sementara materi dibawakan oleh {S}.",
 "Bertindak sebagai moderator, {O}. Narasumber kegiatan ini adalah {S}.",
 "Diskusi dipandu moderator {O}, dengan narasumber {S}.",
 "\"Materinya sangat bermanfaat,\" kata {O}, peserta asal Desa Sukamaju. Materi disampaikan oleh {S}.",
 "Salah seorang peserta, {O}, mengaku senang dilatih oleh {S}.",
 "Turut hadir Camat Sukamaju, {O}. Materi disampaikan oleh {S}.",
 "Laporan panitia disampaikan oleh Ketua Panitia, {O}. Selanjutnya {S} memaparkan materi tentang pengolahan sampah.",
 "Kepala Dinas Sosial, {O}, memberikan pengarahan, lalu {S} menyampaikan materi tentang pola asuh anak.",
 "Pelatihan ditutup oleh Sekda Sukamaju, {O}. Sebelumnya, peserta dilatih oleh {S}.",
 "Bupati didampingi Kepala Dinas Sosial, {O}. Narasumber kegiatan ini adalah {S}.",
 "Foto: {O} saat membuka pelatihan. Materi disampaikan oleh {S}.",
 "Tahun lalu, {O} menjadi narasumber pelatihan serupa. Tahun ini narasumbernya adalah {S}.",
]

PAGE = [
 # a title chain or a name cut by a line break
 ("Materi disampaikan oleh Dr. Siti\\nRahmawati, M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Dr.\\nSiti Rahmawati, M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Dr. Siti Rahmawati,\\nM.Pd.", "Siti Rahmawati"),
 ("Materi disampaikan oleh\\nDr. Siti Rahmawati, M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Prof. Dr. Ir. H. Ahmad\\nFauzi, M.Sc.", "Ahmad Fauzi"),
 ("Narasumber kegiatan ini adalah Kompol\\nAndi Saputra.", "Andi Saputra"),
 ("Materi disampaikan oleh I Made\\nSuarta dari Dinas Pertanian.", "I Made Suarta"),
 ("Peserta dilatih oleh Ir. Yohanes\\nBria, M.Si., dari Balai Pelatihan Pertanian.", "Yohanes Bria"),
 ("Hadir sebagai narasumber, Nurul\\nHidayah, S.Kep., Ns.", "Nurul Hidayah"),
 ("Narasumber kegiatan ini adalah\\nKompol Andi Saputra.", "Andi Saputra"),
 # an extra space
 ("Materi disampaikan oleh Siti  Rahmawati, M.Pd.", "Siti Rahmawati"),
 ("Materi disampaikan oleh Dr.  Siti Rahmawati, M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Siti Rahmawati , M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Dr. Siti Rahmawati,M.Pd.", "Siti Rahmawati"),
 ("Materi disampaikan oleh  Kompol Andi Saputra.", "Andi Saputra"),
 # a name in ALL CAPS
 ("Materi disampaikan oleh DR. SITI RAHMAWATI, M.PD.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah KOMPOL ANDI SAPUTRA.", "Andi Saputra"),
 ("NARASUMBER: I MADE SUARTA", "I Made Suarta"),
 ("Narasumber kegiatan ini adalah YOHANES BRIA dari Balai Pelatihan Pertanian.", "Yohanes Bria"),
 ("Peserta dilatih oleh AIPTU RUDI HARTONO.", "Rudi Hartono"),
 # the affiliation in parentheses after the name
 ("Materi disampaikan oleh Siti Rahmawati (Universitas Negeri Padang).", "Siti Rahmawati"),
 ("Narasumber: Siti Rahmawati (Dinas Sosial) dan Andi Saputra (BPBD Sukamaju).", "Siti Rahmawati; Andi Saputra"),
 ("Narasumber kegiatan ini adalah Dr. Siti Rahmawati, M.Pd. (Universitas Negeri Padang).", "Siti Rahmawati"),
 ("Materi disampaikan oleh I Made Suarta (Dinas Pertanian Kabupaten Badung) dan Ir. Yohanes Bria, M.Si. (BPTP NTT).", "I Made Suarta; Yohanes Bria"),
 ("Narasumber kegiatan ini adalah Kompol Andi Saputra (Kasat Binmas Polres Sukamaju).", "Andi Saputra"),
 ("Narasumber:\\n1. Dr. Siti Rahmawati, M.Pd. (UNP)\\n2. Kompol Andi Saputra (Polres Sukamaju)\\n", "Siti Rahmawati; Andi Saputra"),
 # a word hyphenated at the end of a line
 ("Materi disampaikan oleh Dr. Siti Rahma-\\nwati, M.Pd.", "Siti Rahmawati"),
 ("Narasumber kegiatan ini adalah Kompol Andi Sapu-\\ntra dari Polres Sukamaju.", "Andi Saputra"),
 ("Peserta dilatih oleh Ir. Yohanes Bria, M.Si., dan Nurul Hida-\\nyah, S.Kep., Ns.", "Yohanes Bria; Nurul Hidayah"),
 # a name in capitals beside its degree, two persons in capitals
 ("Narasumber kegiatan ini adalah SITI RAHMAWATI, M.PD. dan YOHANES BRIA, M.SI.", "Siti Rahmawati; Yohanes Bria"),
 # an acronym in capitals after the cue is no person
 ("Narasumber kegiatan ini berasal dari BPBD dan PMI.", ""),
]

CUE = [
 # colloquial and cleft cues
 "Yang bawa materi dari Dinas Sosial, {S}.",
 "Yang membawakan materi adalah {S}.",
 "Yang menjadi narasumber adalah {S}.",
 "Yang menjadi narasumber dalam kegiatan ini yaitu {S} dari Dinas Pertanian.",
 "Yang menjadi pemateri pada pelatihan ini adalah {S}.",
 "Adapun narasumber dalam pelatihan ini yakni {S}.",
 "Adapun narasumber kegiatan ini, {S}.",
 "Adapun yang menjadi pemateri yaitu {S}.",
 "Adapun pemateri pelatihan adalah {S} dari Universitas Sukamaju.",
 "{S} bertindak selaku narasumber.",
 "Bertindak selaku narasumber, {S}.",
 "Bertindak selaku pemateri dalam kegiatan itu {S}.",
 "Materi pertama oleh {S}.",
 "Materi pertama dibawakan {S}, disusul diskusi kelompok.",
 "Pelatihan tersebut dengan narasumber {S}.",
 "Kegiatan ini menghadirkan narasumber {S} dari Dinas Kesehatan.",
 "Kegiatan ini menghadirkan narasumber yakni {S}.",
 "Panitia menghadirkan narasumber, {S}.",
 "Yang mengajari para peserta adalah {S}, perajin anyaman dari Desa Sukamaju.",
 "Yang melatih peserta adalah {S}.",
 "Yang jadi narasumber, {S}.",
 "Untuk materi kewirausahaan dibawakan oleh {S}.",
 "Sedangkan materi pemasaran digital oleh {S}.",
 "{S} berbagi pengalaman kepada peserta tentang cara memulai usaha.",
 "Dalam pelatihan ini, {S}, pelaku usaha kuliner, berbagi pengalaman dengan peserta.",
]
CUE2 = [
 ("Ada dua narasumber yang dihadirkan, yakni {S} dan {T}."),
 ("Materi pertama oleh {S}, materi kedua oleh {T}."),
 ("Kegiatan ini menghadirkan dua narasumber, yaitu {S} dan {T}."),
 ("Adapun narasumber kegiatan ini yaitu {S} dan {T}."),
 ("Yang menjadi narasumber adalah {S} dan {T}."),
]
CUE_NOT = [
 "Para peserta juga berbagi pengalaman tentang pengelolaan usaha.",
 "Para PSM juga berbagi pengalaman dalam mendampingi warga.",
 "Peserta dari Dinas Sosial berbagi pengalaman dalam diskusi kelompok.",
 "Kegiatan ini menjadi ajang berbagi pengalaman antarkader.",
 "Yang menjadi sasaran pelatihan adalah kader posyandu.",
 "Adapun peserta kegiatan ini adalah kader dari 12 desa.",
 "Yang membuka pelatihan adalah Bupati Sukamaju, Drs. Bambang Sutrisno.",
 "Bertindak selaku pembawa acara, Dewi Kartikasari.",
 "Bertindak selaku moderator, Rahmat Hidayat.",
]
CUE_FIXED = [
 ("Yang bawa materi dari DPMK, Ibu Nurul Hidayah.", "Nurul Hidayah"),
 ("Yang ngajar ibu-ibu adalah Bu Rosmiati, perajin tenun dari Desa Sukamaju.", "Rosmiati"),
]


def main():
    out = ["# Round 13 probes (issue 11, task SPK12), generated by scripts/speaker_probes_r13_gen.py from the roles of an",
           "# Indonesian training and the constructions of the language, not from documents. In a sentence `\\n` is a line",
           "# break. Gold: the trainers' names as GOLD-FORMAT writes them (titles stripped), empty: no speaker.",
           "# id (block-number)\tfield\tsentence\tgold"]
    n = 0
    def row(block, sentence, gold):
        nonlocal n
        n += 1
        sentence = sentence.replace("..", ".")  # a name ending in its degree's full stop before the sentence's
        out.append(f"{block}-{n:03d}\tspeakers\t{sentence}\t{gold}")
    for i, f in enumerate(NOT):
        row("not-speaker", f.replace("{O}", O[i % len(O)]), "")
    for i, f in enumerate(NEAR):
        s, g = S[i % len(S)]
        # twice: two pairs of names
        row("not-speaker-near", f.replace("{O}", O[i % len(O)]).replace("{S}", s), g)
        s2, g2 = S[(i + 3) % len(S)]
        row("not-speaker-near", f.replace("{O}", O[(i + 5) % len(O)]).replace("{S}", s2), g2)
    for i, f in enumerate(NOT):
        # every role once more with another name, in another position of the report
        row("not-speaker", f.replace("{O}", O[(i + 4) % len(O)]), "")
    for sentence, gold in PAGE:
        row("page-break", sentence, gold)
    for i, f in enumerate(CUE):
        for k in (0, 3):
            s, g = S[(i + k) % len(S)]
            row("cue", f.replace("{S}", s), g)
    for i, f in enumerate(CUE2):
        s, g = S[i % len(S)]
        t, h = S[(i + 2) % len(S)]
        row("cue", f.replace("{S}", s).replace("{T}", t), f"{g}; {h}")
    for sentence, gold in CUE_FIXED:
        row("cue", sentence, gold)
    for f in CUE_NOT:
        row("cue-not", f, "")
    print("\n".join(out))


if __name__ == "__main__":
    main()
