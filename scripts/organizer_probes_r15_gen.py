#!/usr/bin/env python3
"""Round 15 organizer probes (issue 11, task ORG14): the same fact in other writers' shapes.

The constructions that state an organizer in the readable sets (the lead's subject with a verb of holding, the passive
and its agent, `yang digelar X`, cooperation, the event named as the body's, the headline, an abbreviation expanded
once, a unit inside an office, the body named by its head), each written in the variants other journalists use, and
filled from lists of the world (offices, ministries, balai, state companies, banks, campuses, NGOs, regions, verbs of
the same class), from no document. Blocks:
a the subject of an active verb of holding, the verb swapped for another of its class (incl. `memberikan pelatihan`,
  `membekali`, `melatih`, `kembali menggelar`, `sukses menggelar`), with a time or place adjunct between;
b the passive and its agent (`digelar`, `diselenggarakan`, `dilaksanakan`, `diadakan`, `diinisiasi`, `dimotori`,
  with or without `oleh`, fronted or trailing, and with a place or time between the verb and `oleh`);
c `yang digelar X` / `yang diselenggarakan oleh X` after the event noun;
d cooperation (`bekerja sama dengan`, `berkolaborasi dengan`, `menggandeng`, `bersinergi dengan`, `kerja sama X dan Y`);
e the event named as the body's (`Bimtek Dinsos ...`, `program CSR Bank ...`, `Diklat Kemenag ...`);
f the headline only (`X Gelar Bimtek || lead without a body`);
g a body in capitals or a unit inside an office (`Bidang X Dinas Y`, both held, as `X melalui Y`) or its head as the subject;
h a time or place adjunct between the subject and its verb (`, kemarin,`, `pada hari Rabu (7/11)`, `selama tiga hari`, `, di Aula X,`);
i the event fronted after `melalui` and the body that acts through it; zakat and relief bodies; `diprakarsai`, `digagas`,
  `atas prakarsa`, `penyelenggara ... adalah`, `melakukan pelatihan`, `memberi pelatihan`, `sebagai penyelenggara`;
j an office expanded once with a title-case abbreviation (`Dinas Pertanian (Distan) Kabupaten Bone`), then the abbreviation alone holds;
k counterexamples: bodies that attend, fund, sponsor, send participants, host the venue, or a Bupati opening.
    python3 scripts/organizer_probes_r15_gen.py > scripts/organizer_probes_r15.tsv
"""
import itertools

OFFICES = ["Dinas Tenaga Kerja Kabupaten Banyumas", "Badan Penanggulangan Bencana Daerah Kabupaten Lumajang",
           "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Ambon", "Balai Besar Pelatihan Pertanian Lembang",
           "Kantor Kementerian Agama Kabupaten Gowa", "Dinas Ketahanan Pangan Provinsi Jambi",
           "Dinas Perindustrian dan Perdagangan Kabupaten Jepara", "Badan Pusat Statistik Kabupaten Sikka",
           "Dinas Lingkungan Hidup Kota Pontianak", "Dinas Pariwisata Kabupaten Toba", "BNNK Kabupaten Sumbawa",
           "Basarnas Ternate", "Dinas Perpustakaan dan Kearsipan Kota Bitung", "Bappeda Kabupaten Ngawi"]
PARTNERS = ["Bank Rakyat Indonesia Cabang Palu", "Universitas Nusa Cendana", "PT Pertamina Patra Niaga",
            "Yayasan Pendidikan Cendekia", "Institut Teknologi Sepuluh Nopember", "Palang Merah Indonesia Kabupaten Lebak",
            "Lembaga Perlindungan Anak Kota Ambon", "Politeknik Negeri Ambon", "PT PLN (Persero) UP3 Madiun",
            "Asosiasi Pengusaha Indonesia Kabupaten Jepara"]
ACTIVE = ["menggelar", "menyelenggarakan", "mengadakan", "melaksanakan", "kembali menggelar", "sukses menggelar",
          "memberikan pelatihan kepada", "membekali", "melatih", "memfasilitasi", "menginisiasi", "menghelat"]
OBJ = {"memberikan pelatihan kepada": "40 pelaku usaha mikro tentang pemasaran digital",
       "membekali": "40 pelaku usaha mikro dengan pelatihan pemasaran digital",
       "melatih": "40 pelaku usaha mikro dalam pelatihan pemasaran digital"}
ADJ = ["", " pada Selasa (12/3/2024),", ", Kamis (7/11),", " di Aula Hotel Santika,", " melalui bidang terkait"]
PASSIVE = ["digelar", "diselenggarakan", "dilaksanakan", "diadakan", "diinisiasi", "dimotori", "dihelat"]
EVENTS = ["Pelatihan kewirausahaan", "Bimbingan teknis penyusunan laporan", "Workshop literasi digital",
          "Diklat dasar pemadam kebakaran", "Pelatihan kader posyandu", "Sosialisasi dan pelatihan mitigasi"]

rows = []
def add(block, sentence, gold):
    rows.append((f"{block}{len(rows) + 1:03d}", sentence, "; ".join(gold)))

# a active verbs of holding, adjuncts between
for o, v, adj in zip(OFFICES, itertools.cycle(ACTIVE), itertools.cycle(ADJ)):
    obj = OBJ.get(v, "pelatihan pemasaran digital bagi 40 pelaku usaha mikro")
    add("a", f"{o}{adj} {v} {obj}.", [o])
for o, v in zip(PARTNERS, ACTIVE[4:]):
    obj = OBJ.get(v, "pelatihan keselamatan kerja bagi warga sekitar")
    add("a", f"{o} {v} {obj}.", [o])
# b passive and agent
for o, p, e in zip(OFFICES, itertools.cycle(PASSIVE), itertools.cycle(EVENTS)):
    add("b", f"{e} itu {p} oleh {o} selama tiga hari.", [o])
for o, p, e in zip(OFFICES[3:], itertools.cycle(PASSIVE[2:] + PASSIVE[:2]), itertools.cycle(EVENTS[2:] + EVENTS[:2])):
    add("b", f"{e} {p} {o} bagi 30 peserta.", [o])
for o, p in zip(PARTNERS[:6], itertools.cycle(PASSIVE)):
    add("b", f"Selama tiga hari, peserta mengikuti pelatihan yang {p} oleh {o}.", [o])
# b' a place or time adjunct between the passive verb and `oleh` X
ADV = ["di kantor Dinas Sosial Kabupaten Bima", "pada Senin (4/3)", "selama tiga hari", "di Aula Hotel Santika", "sejak pekan lalu"]
for o, p, a in zip(OFFICES[:5] + PARTNERS[:3], itertools.cycle(["diadakan", "digelar", "dilaksanakan", "diselenggarakan"]), itertools.cycle(ADV)):
    add("b", f"Pelatihan itu {p} {a} oleh {o}.", [o])
# c yang digelar X after the event noun, in a longer sentence
for o, p, e in zip(OFFICES, itertools.cycle(["digelar", "diselenggarakan oleh", "dilaksanakan", "diadakan oleh", "dihelat"]), itertools.cycle(EVENTS)):
    add("c", f"Sebanyak 35 peserta mengikuti {e.lower()} yang {p} {o} di aula kantor camat.", [o])
# d cooperation
COOP = ["bekerja sama dengan", "berkolaborasi dengan", "bersinergi dengan", "menggandeng", "bermitra dengan"]
for o, p, c in zip(OFFICES, itertools.cycle(PARTNERS), itertools.cycle(COOP)):
    add("d", f"{o} {c} {p} menggelar pelatihan bagi pemuda desa.", [o, p])
for o, p in zip(OFFICES[:8], PARTNERS[2:]):
    add("d", f"Pelatihan ini merupakan hasil kerja sama {o} dan {p}.", [o, p])
for o, p in zip(OFFICES[6:], PARTNERS):
    add("d", f"Pelatihan diselenggarakan {o} bekerja sama dengan {p}.", [o, p])
# e the event named as the body's
OWN = [("Bimtek", "Dinsos Kabupaten Bima"), ("Diklat", "Kemenag Kabupaten Gowa"), ("Pelatihan", "Disnaker Kota Batam"),
       ("Program CSR", "Bank Sulselbar"), ("Pelatihan", "BPBD Kabupaten Lumajang"), ("Workshop", "Diskominfo Kota Ambon"),
       ("Program pelatihan", "PT Semen Tonasa"), ("Bimtek", "Bawaslu Kabupaten Sikka"), ("Diklat", "Basarnas Ternate")]
for e, o in OWN:
    add("e", f"{e} {o} ini diikuti 40 peserta dari sepuluh desa.", [o])
for e, o in OWN[:6]:
    add("e", f"Sebanyak 40 warga mengikuti {e.lower()} {o} yang berlangsung tiga hari.", [o])
# f headline only
HEAD = [("Dinsos Kabupaten Bima", "Gelar"), ("BPBD Lumajang", "Adakan"), ("Disnaker Batam", "Latih"),
        ("Kemenag Gowa", "Selenggarakan"), ("Bank Sulselbar", "Gelar"), ("Universitas Nusa Cendana", "Bekali"),
        ("Diskominfo Ambon", "Laksanakan"), ("Basarnas Ternate", "Gembleng")]
for o, v in HEAD:
    add("f", f"{o} {v} Pelatihan Warga || Sebanyak 40 warga mengikuti pelatihan keterampilan selama tiga hari.", [o])
# g capitals, unit inside an office, the head as the subject
CAPS = ["DINAS SOSIAL KABUPATEN BIMA", "BPBD KABUPATEN LUMAJANG", "DINAS KESEHATAN KOTA AMBON"]
for o, v in zip(CAPS, ACTIVE):
    add("g", f"{o} {v} pelatihan bagi 40 kader.", [o])
UNITS = [("Bidang Pemberdayaan Sosial", "Dinas Sosial Kabupaten Bima"), ("Seksi Kedaruratan", "BPBD Kabupaten Lumajang"),
         ("Bidang Pelatihan", "Dinas Tenaga Kerja Kabupaten Banyumas"), ("Subbag Umum", "Kantor Kementerian Agama Kabupaten Gowa")]
for (u, o), v in zip(UNITS, ACTIVE):
    add("g", f"Melalui {u}, {o} {v} pelatihan bagi 40 kader.", [o, u])
# Round 27 (ORG27): a body that holds the event through one of its own units after `melalui` is the organizer, the unit
# is the body acting (the labels of heldout15 j013, heldout9 u019, heldout3 k047, heldout13 z029 list the body alone).
for (u, o), v in zip(UNITS, itertools.cycle(PASSIVE)):
    add("g", f"Pelatihan {v} {o} melalui {u} selama dua hari.", [o])
HEADS = [("Kepala", "Dinas Sosial Kabupaten Bima"), ("Kepala", "Dinas Tenaga Kerja Kabupaten Banyumas"),
         ("Kalaksa", "BPBD Kabupaten Lumajang"), ("Rektor", "Universitas Nusa Cendana")]
for (h, o), n in zip(HEADS, ["Budi Santoso", "Ratna Sari", "Hendra Gunawan", "Yusuf Maulana"]):
    add("g", f"{h} {o}, {n}, mengatakan pihaknya menggelar pelatihan ini bagi 40 kader.", [o])
# h the slot between the subject and its verb in other writers' shapes (time and place adjuncts)
SLOTS = [", kemarin,", ", Rabu lalu,", " pada hari Rabu (7/11)", ", baru-baru ini,", " pada Rabu, 6 Maret 2024,",
         " selama tiga hari", " sejak Senin (4/3)", ", di Aula Hotel Santika, Senin (12/3),", ", pekan lalu,",
         ", belum lama ini,", " pada Jumat (8/3/2024),", ", di Gedung Serbaguna Desa Sukamaju,", ", akhir pekan lalu,",
         " selama dua hari,"]
for o, sl, v in zip(OFFICES + PARTNERS, SLOTS, itertools.cycle(["menggelar", "menyelenggarakan", "mengadakan", "melaksanakan"])):
    add("h", f"{o}{sl} {v} pelatihan keterampilan bagi 40 warga.", [o])
# i the event fronted after melalui / lewat, the body that acts through it as the subject; bodies of zakat and relief;
#   other verbs and passives of the class; the noun of organizing
THROUGH = ["Melalui pelatihan ini,", "Lewat bimtek tersebut,", "Melalui kegiatan pelatihan ini,", "Melalui workshop itu,",
           "Lewat pelatihan yang digelar tiga hari ini,"]
WANT = ["berharap pelaku usaha naik kelas.", "ingin relawan makin siap siaga.", "menargetkan 40 warga siap bekerja.",
        "mendorong petani memakai pupuk organik.", "berupaya menekan angka pengangguran."]
for o, t, w in zip(OFFICES[::2] + PARTNERS[:2], itertools.cycle(THROUGH), itertools.cycle(WANT)):
    add("i", f"{t} {o} {w}", [o])
NGO = ["Dompet Dhuafa Jawa Tengah", "Lazismu Kabupaten Kebumen", "Aksi Cepat Tanggap Cabang Sleman", "Lazisnu Kota Kediri",
       "Human Initiative Sulawesi Selatan"]
for o, v in zip(NGO, itertools.cycle(ACTIVE)):
    obj = OBJ.get(v, "pelatihan kewirausahaan bagi 40 penerima manfaat")
    add("i", f"{o} {v} {obj}.", [o])
for o, pat in zip(OFFICES[1::2], itertools.cycle(["Pelatihan ini diprakarsai oleh {}.", "Pelatihan ini digagas {}.",
        "Pelatihan digelar atas prakarsa {}.", "Adapun penyelenggara pelatihan ini adalah {}.", "{} melakukan pelatihan bagi 40 pelaku usaha.",
        "{} memberi pelatihan kepada 40 pelaku usaha.", "{} sebagai penyelenggara menghadirkan dua narasumber."])):
    add("i", pat.format(o), [o])
# j an office expanded once with its abbreviation in title case, then named by the abbreviation alone as the holder
TITLE = [("Dinas Pemuda dan Olahraga (Dispora) Kota Tual", "Dispora"), ("Badan Pengelola Keuangan Daerah (Bapekda) Kabupaten Gowa", "Bapekda"),
         ("Dinas Pertanian (Distan) Kabupaten Bone", "Distan"), ("Dinas Perhubungan (Dishub) Provinsi Jambi", "Dishub"),
         ("Dinas Komunikasi dan Informatika (Diskominfo) Kota Ambon", "Diskominfo"), ("Badan Kesatuan Bangsa dan Politik (Bakesbangpol) Kabupaten Sikka", "Bakesbangpol")]
for (lf, ab), v in zip(TITLE, itertools.cycle(ACTIVE)):
    obj = OBJ.get(v, "pelatihan bagi 40 pegawai")
    add("j", f"{lf} mencatat kenaikan minat warga tahun ini. {ab} {v} {obj}.", [lf])
# k counterexamples
for s in ["Dinas Tenaga Kerja Kabupaten Banyumas menghadiri pelatihan itu bersama camat.",
          "Pelatihan itu didanai Bank Rakyat Indonesia Cabang Palu.",
          "Pelatihan itu disponsori PT Pertamina Patra Niaga.",
          "Dinas Pariwisata Kabupaten Toba mengirimkan 10 pegawai mengikuti pelatihan.",
          "Pelatihan berlangsung di Aula Dinas Ketahanan Pangan Provinsi Jambi.",
          "Pelatihan dibuka oleh Bupati Banyumas, Budi Santoso.",
          "Peserta berasal dari Dinas Lingkungan Hidup Kota Pontianak.",
          "Pelatihan itu dibiayai oleh Baznas Kabupaten Sikka.",
          "Pegawai Bappeda Kabupaten Ngawi turut menjadi peserta pelatihan.",
          "Pelatihan bertempat di gedung Universitas Nusa Cendana.",
          "Pegawai Dinas Sosial Kabupaten Bima, pada Senin (4/3), mengikuti pelatihan di Kota Bima.",
          "Dinas Sosial Kabupaten Bima, kemarin, mengirimkan 20 pendamping mengikuti pelatihan.",
          "Program CSR bagi Dinas Sosial Kabupaten Bima itu diikuti 30 pegawai.",
          "Melalui pelatihan ini, peserta diharapkan mampu membuka usaha sendiri.",
          "Melalui pelatihan ini, Bupati Kebumen berharap pelaku usaha naik kelas.",
          "Melalui kerja sama ini, Dinas Sosial Kabupaten Bima berharap warga mandiri.",
          "Melalui pelatihan ini, Dinas Sosial Kabupaten Bima mengikuti arahan pusat.",
          "Pelatihan digelar di aula dan dihadiri oleh Dinas Kesehatan Kabupaten Bima.",
          "Pelatihan digelar di aula yang dikelola oleh Dinas Sosial Kabupaten Bima."]:
    add("k", s, [])

print("# Round 15 probes (issue 11, task ORG14): organizers in other writers' shapes of the constructions of the readable")
print("# sets, generated by scripts/organizer_probes_r15_gen.py from lists of the world, from no document. Blocks: a active")
print("# verbs of holding; b passive and agent; c `yang digelar X`; d cooperation; e the event named as the body's; f the")
print("# headline only; g capitals, a unit inside an office, the head as subject; h time and place adjuncts;")
print("# i `Melalui pelatihan ini, X ...`, zakat bodies, verbs of the class; j a title-case abbreviation expanded once; k counterexamples.")
for pid, s, g in rows:
    print(f"{pid}\torganizers\t{s}\t{g}")
