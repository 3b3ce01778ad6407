import sys
NAMES = [("A", "Dr. Siti Rahmawati, M.Pd.", "Siti Rahmawati"),
         ("B", "Kompol Andi Saputra", "Andi Saputra"),
         ("C", "I Made Suarta", "I Made Suarta")]
# (category, frame, positive?) ; {N} the name, {O} another trainer (Ir. Budi Hartono, M.Si.)
POS = [
 # active me- verbs, the trainer as subject
 ("me-verb", "{N} memberikan materi tentang pengelolaan keuangan keluarga."),
 ("me-verb", "{N} menyampaikan materi mengenai mitigasi bencana banjir."),
 ("me-verb", "{N} membawakan materi penyusunan laporan keuangan desa."),
 ("me-verb", "{N} memaparkan materi tentang pemasaran digital bagi pelaku usaha."),
 ("me-verb", "{N} mengisi materi pada hari pertama pelatihan."),
 ("me-verb", "{N} melatih para peserta teknik dasar pertolongan pertama."),
 ("me-verb", "{N} membimbing peserta dalam praktik pembuatan pupuk organik."),
 ("me-verb", "{N} mendampingi peserta selama praktik menjahit pakaian."),
 ("me-verb", "{N} mengajari peserta cara membuat abon ikan."),
 ("me-verb", "{N} mengajarkan teknik membatik tulis kepada peserta."),
 ("me-verb", "{N} memandu peserta praktik membuat roti."),
 ("me-verb", "{N} berbagi ilmu tentang budidaya ikan lele kepada peserta."),
 ("me-verb", "{N} berbagi pengalaman mengelola usaha kuliner kepada peserta."),
 ("me-verb", "{N} menjelaskan materi tentang gizi seimbang bagi balita."),
 ("me-verb", "{N} memperkenalkan teknik sambung pucuk kepada peserta."),
 ("me-verb", "{N} mempraktikkan cara memasang bidai di depan peserta."),
 ("me-verb", "{N} mendemonstrasikan cara memadamkan api dengan karung basah."),
 ("me-verb", "{N} memotivasi peserta agar berani memulai usaha sendiri."),
 ("me-verb", "{N} memberikan pelatihan menjahit kepada para peserta."),
 ("me-verb", "{N} memberikan pembekalan tentang keselamatan kerja."),
 ("me-verb", "{N} membekali peserta dengan keterampilan mengolah hasil laut."),
 ("me-verb", "{N} mengisi sesi kedua dengan materi pengemasan produk."),
 ("me-verb", "{N} menularkan ilmunya tentang fotografi produk kepada peserta."),
 ("me-verb", "Dalam kesempatan itu, {N} memberikan materi tentang pola asuh anak."),
 ("me-verb", "Selanjutnya, {N} menyampaikan materi tentang tata kelola arsip."),
 # the trainer's institution between
 ("institution-between", "{N} dari Universitas Udayana memaparkan materi tentang pengolahan sampah plastik."),
 ("institution-between", "{N}, widyaiswara BPSDM Provinsi Bali, menyampaikan materi tentang pelayanan publik."),
 ("institution-between", "{N} dari Balai Latihan Kerja Kabupaten Badung melatih peserta mengelas."),
 # passive di- with and without oleh
 ("di-passive", "Para peserta dilatih oleh {N} dari Satbinmas Polres Badung."),
 ("di-passive", "Peserta dibimbing oleh {N} selama praktik."),
 ("di-passive", "Praktik pembuatan sabun cair dipandu oleh {N}."),
 ("di-passive", "Materi pengolahan limbah dibawakan oleh {N}."),
 ("di-passive", "Materi tentang pencegahan stunting disampaikan {N}."),
 ("di-passive", "Sesi pertama diisi oleh {N}."),
 ("di-passive", "Materi kewirausahaan diberikan oleh {N}."),
 ("di-passive", "Materi tentang tata kelola keuangan desa dipaparkan oleh {N}."),
 ("di-passive", "Peserta dibekali keterampilan menjahit oleh {N}."),
 ("di-passive", "Peserta diajari cara merakit panel surya oleh {N}."),
 ("di-passive", "Teknik pemangkasan kopi didemonstrasikan oleh {N}."),
 ("di-passive", "Materi tentang mitigasi bencana disampaikan langsung oleh {N}."),
 ("di-passive", "Peserta dilatih langsung oleh {N}."),
 ("di-passive", "Pelatihan ini dipandu oleh {N}."),
 ("di-passive", "Materi pertama dibawakan {N}."),
 ("di-passive", "Peserta dibimbing {N} dalam praktik memandikan bayi."),
 # role nouns and frames
 ("role-frame", "{N} selaku narasumber menjelaskan tahapan penyusunan anggaran desa."),
 ("role-frame", "{N} sebagai pemateri memaparkan pentingnya sanitasi."),
 ("role-frame", "{N} bertindak sebagai fasilitator dalam pelatihan tersebut."),
 ("role-frame", "{N} tampil sebagai pembicara utama dalam pelatihan itu."),
 ("role-frame", "{N} didapuk sebagai instruktur pelatihan."),
 ("role-frame", "{N} hadir sebagai narasumber dalam kegiatan itu."),
 ("role-frame", "{N} dipercaya menjadi narasumber dalam kegiatan itu."),
 ("role-frame", "Narasumber kegiatan ini adalah {N}."),
 ("role-frame", "Pelatihan ini menghadirkan {N} sebagai narasumber."),
 ("role-frame", "Panitia mendatangkan {N} sebagai pelatih."),
 ("role-frame", "Dinas Sosial mengundang {N} sebagai pemateri."),
 ("role-frame", "Hadir sebagai pemateri, {N}."),
 ("role-frame", "Bertindak sebagai instruktur, {N}."),
 ("role-frame", "{N}, yang menjadi pemateri, menjelaskan cara menyusun proposal."),
 ("role-frame", "Menurut {N}, narasumber dari Universitas Udayana, pelatihan itu penting."),
 ("role-frame", "Pelatih dalam kegiatan ini, {N}, meminta peserta disiplin."),
 ("role-frame", "Tutor kegiatan, {N}, mengajak peserta berlatih membaca."),
 ("role-frame", "Penceramah, {N}, menyampaikan tausiah tentang keluarga sakinah."),
 ("role-frame", "Widyaiswara BPSDM Provinsi Bali, {N}, memaparkan materi etika pelayanan."),
 ("role-frame", "Pengajar dalam pelatihan itu adalah {N}."),
 ("role-frame", "Yang menjadi narasumber adalah {N}."),
 ("role-frame", "Fasilitator pelatihan, {N}, membagi peserta menjadi lima kelompok."),
 ("role-frame", "Instruktur dari BLK Kabupaten Badung, {N}, memeriksa hasil kerja peserta."),
 ("role-frame", "{N} menjadi narasumber pada sesi kedua."),
 ("role-frame", "{N} yang bertindak sebagai narasumber mengajak peserta berdiskusi."),
 ("role-frame", "Mentor pelatihan, {N}, mendampingi peserta menyusun rencana usaha."),
 ("role-frame", "Sebagai narasumber, {N} menjelaskan cara mengisi aplikasi."),
 ("role-frame", "Pemateri pada hari kedua adalah {N}."),
 ("role-frame", "Kegiatan itu menghadirkan narasumber {N}."),
 ("me-verb-2", "{N} memberikan edukasi tentang kesehatan reproduksi kepada peserta."),
 ("me-verb-2", "{N} memberikan penyuluhan tentang bahaya narkoba kepada peserta."),
 ("me-verb-2", "{N} mengedukasi peserta tentang pengelolaan sampah rumah tangga."),
 ("me-verb-2", "{N} menguraikan materi tentang hak dan kewajiban pekerja."),
 ("me-verb-2", "{N} mengupas materi strategi pemasaran produk lokal."),
 ("me-verb-2", "{N} membagikan kiat mengelola media sosial usaha."),
 ("me-verb-2", "{N} memberikan tips memotret produk dengan ponsel."),
 ("me-verb-2", "{N} memberikan bimbingan teknis penyusunan laporan kepada peserta."),
 ("me-verb-2", "{N} mencontohkan cara menyuntikkan vaksin pada ternak."),
 ("me-verb-2", "{N} memperagakan teknik resusitasi jantung paru di hadapan peserta."),
 ("di-passive-2", "Materi pengelolaan keuangan diampu oleh {N}."),
 ("di-passive-2", "Para peserta dimentori oleh {N}."),
 ("di-passive-2", "Peserta dilatih secara bergantian oleh {N}."),
 ("di-passive-2", "Materi hari kedua diisi {N}."),
 ("role-frame-2", "{N} ditunjuk sebagai narasumber dalam pelatihan itu."),
 ("role-frame-2", "{N} dihadirkan sebagai narasumber pelatihan."),
 ("role-frame-2", "{N} diundang sebagai pemateri dalam pelatihan ini."),
 ("role-frame-2", "{N} yang tampil sebagai pemateri menjelaskan cara membuat kompos."),
 # told late or in another sentence
 ("other-sentence", "Peserta tampak antusias mengikuti materi. Materi itu disampaikan oleh {N}."),
 ("other-sentence", "{N} datang dari Denpasar untuk pelatihan ini. Ia melatih peserta membuat canang."),
 ("other-sentence", "Salah satu pemateri adalah {N}. Ia menjelaskan cara merawat mesin jahit."),
]
LIST = [
 ("list", "Narasumber: {N} dan Ir. Budi Hartono, M.Si.", "{G}; Budi Hartono"),
 ("list", "Materi disampaikan oleh {N} dan Ir. Budi Hartono, M.Si.", "{G}; Budi Hartono"),
 ("list", "Pelatihan menghadirkan dua narasumber, yakni {N} dan Ir. Budi Hartono, M.Si.", "{G}; Budi Hartono"),
 ("list", "{N} dan Ir. Budi Hartono, M.Si. bertindak sebagai narasumber.", "{G}; Budi Hartono"),
]
NEG = [
 ("counter", "Pelatihan dibuka oleh {N}."),
 ("counter", "Sambutan disampaikan oleh {N}."),
 ("counter", "Dalam sambutannya, {N} meminta peserta serius mengikuti pelatihan."),
 ("counter", "Arahan diberikan oleh {N}."),
 ("counter", "{N} mengatakan pelatihan ini digelar setiap tahun."),
 ("counter", "Salah satu peserta, {N}, mengaku senang mengikuti pelatihan."),
 ("counter", "{N}, salah satu peserta, mengaku materi mudah dipahami."),
 ("counter", "Acara dipandu oleh moderator {N}."),
 ("counter", "Moderator {N} memandu sesi tanya jawab."),
 ("counter", "Peserta {N} mengatakan materi mudah dipahami."),
 ("counter", "Sesi tanya jawab dipandu oleh {N}."),
 ("counter", "{N} memberikan sambutan pada pembukaan pelatihan."),
 ("counter", "{N} memberikan arahan kepada peserta."),
 ("counter", "Pelatihan ditutup oleh {N}."),
 ("counter", "{N} membuka pelatihan secara resmi."),
 ("counter", "Tahun lalu, {N} menjadi narasumber pelatihan serupa di Kabupaten Gianyar."),
]
def put(frame, name):
    s = frame.replace("{N}", name)
    return s.replace("..", ".")
print("# Round 12 (issue 11, task SPK11): speaker CUES by domain probes. Written from the language, not from documents:")
print("# the verbs and nouns of teaching of Indonesian (active me- verbs with the trainer as subject, passive di- verbs")
print("# with and without oleh, role nouns of a trainer and the frames around them: selaku/sebagai/bertindak sebagai/")
print("# tampil sebagai/didapuk sebagai/hadir sebagai/dipercaya menjadi, menghadirkan/mendatangkan/mengundang X sebagai,")
print("# a colon list, a relative clause, menurut X, narasumber ...; teaching told in the next sentence; the trainer's")
print("# institution between), each around three known-good names (Dr. Siti Rahmawati, M.Pd.; Kompol Andi Saputra;")
print("# I Made Suarta). Counterexamples (empty gold): openers, welcome speeches and directions, an official's speech")
print("# verb, participants, a moderator, a session of questions, a trainer of another event.")
print("# id\tfield\tsentence\tgold (names separated by \"; \", empty: none)")
n = {}
def row(cat, key, s, g):
    n[cat] = n.get(cat, 0) + 1
    print(f"{cat}-{n[cat]:03d}{key}\tspeakers\t{s}\t{g}")
for cat, fr in POS:
    for key, name, gold in NAMES:
        row(cat, key, put(fr, name), gold)
for cat, fr, g in LIST:
    for key, name, gold in NAMES:
        row(cat, key, put(fr, name), g.replace("{G}", gold))
for cat, fr in NEG:
    for key, name, gold in NAMES:
        row(cat, key, put(fr, name), "")
