#!/usr/bin/env python3
"""Round 14 organizer probes (issue 11, task ORG13), from lists of the world, not from documents.

Writes scripts/organizer_probes_r14.tsv (id, field, sentence, names joined by "; "). Blocks:
a a cleft sentence (Yang menggelar X. / Adapun yang menyelenggarakan kegiatan ini adalah X.);
b the event, a demonstrative and the programme of X without a copula (Pelatihan ini program rutin X);
c the event, a demonstrative and dari X at the start of a sentence (Bimtek ini dari X yang turun langsung);
d a passive agent with two partners (digelar X bersama Y dan Z);
e the head of an office opening `kegiatan tersebut` (kata Kepala X, Nama, saat membuka kegiatan tersebut);
f a partner asked, invited or involved to train (X mengajak Y ikut melatih);
g the participants receive the event from X (mendapat pelatihan ... dari X);
h bodies new to the lexicons (churches, Manggala Agni, teachers' forums by their long forms) after a cue;
i verbs of drilling (menggembleng, menempa) and initials inside a name (Lanud J.B. Soedirman);
j a team placed in a village (Mahasiswa KKN X yang ditempatkan di Desa Y menggelar);
k counterexamples (an event named after the verb, a participant's origin, a Bupati opening, people invited,
  a certificate received, a person after dari).
    python3 scripts/organizer_probes_r14_gen.py > scripts/organizer_probes_r14.tsv
"""
import itertools

OFFICES = ["Dinas Sosial Kabupaten Sambas", "BPBD Kabupaten Cianjur", "Dinas Kesehatan Kota Kupang",
           "Dinas Pertanian Kabupaten Bone", "Balai Latihan Kerja Kabupaten Cilacap", "Disnakertrans Provinsi Sulawesi Tenggara",
           "Dinas Koperasi dan UKM Kota Bogor", "Bawaslu Kabupaten Sleman", "Puskesmas Sukajadi", "Kantor SAR Kendari",
           "Dinas Perikanan Kabupaten Kepulauan Selayar", "BKPSDM Kabupaten Sintang"]
PARTNERS = ["PMI Kabupaten Sleman", "Universitas Tadulako", "Baznas Kabupaten Sragen", "Yayasan Bina Insani",
            "Kwarcab Pramuka Kabupaten Bone", "Forum Anak Daerah Kabupaten Sambas", "Politeknik Negeri Kupang",
            "Karang Taruna Desa Sukamaju", "Ikatan Bidan Indonesia Cabang Maros", "BLK Kota Batam"]
VERBS = ["menggelar", "menyelenggarakan", "mengadakan", "melaksanakan", "memfasilitasi"]
EVENTS = ["Pelatihan", "Bimtek", "Workshop", "Diklat", "Pelatihan kader", "Bimbingan teknis"]
DEMS = ["ini", "itu", "tersebut"]
PROG = ["program rutin", "agenda tahunan", "program unggulan", "program", "agenda rutin", "inisiatif"]
HEADS = [("Kepala", "Dinas Sosial Kabupaten Sambas"), ("Ketua", "Bawaslu Kota Medan"), ("Kalaksa", "BPBD Kabupaten Garut"),
         ("Kepala", "Balai Latihan Kerja Kabupaten Cilacap"), ("Direktur", "RSUD Kota Bogor"), ("Ketua", "KPU Kabupaten Bantul"),
         ("Rektor", "Universitas Tadulako"), ("Kepala", "Disnaker Kota Batam")]
NAMES = ["Budi Santoso", "Ratna Sari", "Hendra Gunawan", "Yusuf Maulana", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Andi Baso"]
SAYS = ["kata", "ujar", "ungkap", "jelas"]
INVITE = [("mengajak", "ikut melatih"), ("mengundang", "untuk melatih"), ("melibatkan", "untuk membina"),
          ("mengajak", "turut menggelar"), ("mengundang", "untuk membekali")]
RECV = ["mendapat", "menerima", "memperoleh", "mendapatkan"]
GROUPS = ["Puluhan pengurus koperasi", "Sebanyak 40 kader posyandu", "Para petani", "Ratusan guru", "Sebanyak 30 relawan"]
NEW = ["HKBP Distrik IV Toba", "GMIM Wilayah Tondano", "Gereja Kristen Sumba Jemaat Waingapu", "Gereja Masehi Injili di Timor Klasis Kupang",
       "Manggala Agni Daops Banjar", "Manggala Agni Daops Pekanbaru", "Musyawarah Guru Mata Pelajaran Matematika Kota Padang",
       "Kelompok Kerja Guru Kecamatan Cibeber", "GKJ Salatiga", "GPIB Jemaat Immanuel"]
DRILL = [("menggembleng", "puluhan Babinsa jajarannya"), ("menempa", "40 calon instruktur"), ("menggembleng", "30 anggota Linmas")]
DRILLERS = ["Kodim 0809/Kediri", "Koramil 0812-08/Babat", "Polres Kabupaten Bone", "Yonif 741/Garuda Nusantara", "Lanal Kendari"]
INITIALS = ["Lanud J.B. Soedirman", "Lanud J.A. Dimara", "Universitas K.H. Abdul Chalim", "RSUD R.A. Kartini"]

rows = []
def add(block, sentence, gold):
    rows.append((f"{block}{len(rows) + 1:03d}", sentence, "; ".join(gold)))

# a clefts
for o, v in zip(OFFICES, itertools.cycle(VERBS)):
    add("a", f"Pelatihan berlangsung tiga hari di aula desa. Yang {v} {o}.", [o])
for o, v, e in zip(OFFICES[:6], itertools.cycle(VERBS), itertools.cycle(["kegiatan ini", "pelatihan ini", "acara tersebut"])):
    add("a", f"Pelatihan berlangsung tiga hari. Adapun yang {v} {e} adalah {o}.", [o])
# b programme without copula
for o, e, d, p in zip(OFFICES, itertools.cycle(EVENTS), itertools.cycle(DEMS), itertools.cycle(PROG)):
    add("b", f"{e} {d} {p} {o} yang digelar setiap tahun bagi warga.", [o])
# c dari at the start of a sentence
for o, e, d in zip(OFFICES[:10], itertools.cycle(EVENTS), itertools.cycle(DEMS)):
    add("c", f"Warga desa menyambut antusias. {e} {d} dari {o} yang turun langsung ke desa.", [o])
# d passive agent with two partners
for o, (p1, p2), v in zip(OFFICES, zip(PARTNERS, PARTNERS[3:] + PARTNERS[:3]), itertools.cycle(["digelar", "diselenggarakan", "dilaksanakan", "diadakan"])):
    add("d", f"Pelatihan itu {v} {o} bersama {p1} dan {p2}.", [o, p1, p2])
# e head opens kegiatan tersebut
for (h, o), n, s, x in zip(HEADS, NAMES, itertools.cycle(SAYS), itertools.cycle(["saat membuka kegiatan tersebut", "ketika membuka acara itu", "saat menutup kegiatan ini", "usai membuka secara resmi kegiatan tersebut"])):
    add("e", f"\"Semua peserta harus serius,\" {s} {h} {o}, {n}, {x}.", [o])
# f invited partner
for o, p, (v, tail) in zip(OFFICES, PARTNERS + PARTNERS, itertools.cycle(INVITE)):
    add("f", f"Kali ini {o} {v} {p} {tail} para peserta.", [o, p])
# g receive the event from
for g, r, e, o in zip(itertools.cycle(GROUPS), itertools.cycle(RECV), itertools.cycle(["pelatihan pengolahan pangan", "bimbingan teknis pembukuan", "coaching clinic tata kelola", "pelatihan pertolongan pertama"]), OFFICES[:10]):
    add("g", f"{g} {r} {e} dari {o}.", [o])
# h new bodies after a cue of cooperation or a passive bersama
for o, n in zip(OFFICES, NEW):
    add("h", f"{o} bekerja sama dengan {n} menggelar pelatihan bagi warga.", [o, n])
for o, n in zip(OFFICES[2:], NEW[:6]):
    add("h", f"Pelatihan diselenggarakan {o} bersama {n}, dengan dukungan dana hibah.", [o, n])
# i verbs of drilling; initials
for d, (v, obj) in zip(DRILLERS, itertools.cycle(DRILL)):
    add("i", f"{d} {v} {obj} dalam pelatihan pendampingan petani.", [d])
for n in INITIALS:
    add("i", f"Pelatihan digelar {n} selama lima hari bagi 40 peserta.", [n])
# j a team placed in a village: the village after `di` is no subject
TEAMS = ["Mahasiswa KKN Universitas Jember", "Tim KKN Universitas Negeri Semarang", "Mahasiswa KKN Universitas Hasanuddin",
         "Tim Pengabdian Politeknik Negeri Kupang", "Mahasiswa KKN Universitas Mataram", "Kelompok KKN Universitas Andalas"]
VILLAGES = ["Desa Sukamaju Kecamatan Cibeber", "Desa Tambakrejo", "Kelurahan Pondok Benda Kecamatan Pamulang",
            "Desa Bontomarannu Kecamatan Galesong", "Desa Kuta Kecamatan Pujut", "Nagari Sungai Buluh"]
for tm, vl, pl, v in zip(TEAMS, VILLAGES, itertools.cycle(["ditempatkan", "bertugas"]), itertools.cycle(VERBS)):
    add("j", f"{tm} yang {pl} di {vl} {v} pelatihan pembuatan pupuk organik bagi petani.", [tm])
# k counterexamples
for s in ["Petani yang menggelar Sekolah Lapang Iklim bagi anggotanya.",
          "Pelatihan berlangsung tiga hari. Yang menggelar pelatihan itu warga sendiri.",
          "Peserta pelatihan ini dari Dinas Pendidikan Kota Padang dan Dinas Sosial Kota Padang.",
          "Narasumber pelatihan ini dari Universitas Tadulako.",
          "\"Ikuti dengan serius,\" kata Bupati Sleman, Budi Santoso, saat membuka kegiatan tersebut.",
          "\"Ikuti dengan serius,\" kata Camat Sukajadi, Ratna Sari, saat membuka acara itu.",
          "Dinas Sosial Kabupaten Sambas mengajak warga ikut pelatihan.",
          "Dinas Sosial Kabupaten Sambas mengundang Kepala Desa Sukamaju untuk membuka pelatihan.",
          "Peserta mendapat sertifikat dari Dinas Sosial Kabupaten Sambas.",
          "Peserta mendapat pelatihan dari instruktur Dinas Sosial Kabupaten Sambas.",
          "Pelatihan ini program yang bagus bagi warga.",
          "Kegiatan digelar di Gereja Kristen Sumba Jemaat Waingapu."]:
    add("k", s, [])

print("# Round 14 probes (issue 11, task ORG13): organizers in constructions read in the group B look halves, generated")
print("# by scripts/organizer_probes_r14_gen.py from lists of the world (offices, partners, verbs, events, positions), from no")
print("# document. Blocks: a cleft; b programme without copula; c `X ini dari Y` opening a sentence; d passive agent with two")
print("# partners; e a head opening `kegiatan tersebut`; f a partner invited to train; g the event received from; h new bodies")
print("# (churches, Manggala Agni, teachers' forums); i drilling verbs and initials in a name; j a team placed in a village; k counterexamples.")
for pid, s, g in rows:
    print(f"{pid}\torganizers\t{s}\t{g}")
