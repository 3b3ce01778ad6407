# Generator of scripts/organizer_probes_r16.tsv (issue 11, round 16, task ORG16): the constructions of the organizer
# misses an unseen writer produced in heldout8's look half, in the shapes other writers give them, filled from lists
# of the world (campuses, fire brigades, state enterprises, studios, brands, villages), from no document.
# Blocks: a  a student team placed in a village, the place cut by commas, the batch in its name (t033, q051);
#         b  a passive verb of holding whose agent is a bare acronym spelled out before, and a partner (t003, g011);
#         c  the forest-fire brigade by its operations area and other partners after `dan` (t003, t035);
#         d  a company by its class noun and brand as the last partner of a cooperation (t059);
#         e  a neighbourhood board and the kelurahan after it as partners of a cooperation (t011);
#         f  a name with an apostrophe of Arabic origin (heldout7 q051);
#         x  counterexamples (must give the names listed, or none).
# Usage: python3 scripts/organizer_probes_r16_gen.py  (writes the .tsv beside it)
import os
rows = []
def add(block, sentence, gold):
    n = sum(1 for r in rows if r[0][0] == block) + 1
    rows.append((f"{block}{n:03d}", "organizers", sentence, gold))

campuses = [("Universitas Mulawarman", "Unmul"), ("Universitas Halu Oleo", "UHO"), ("Universitas Negeri Gorontalo", "UNG"),
            ("Universitas Jenderal Soedirman", "Unsoed"), ("Universitas Pattimura", "Unpatti"), ("Universitas Lampung", "Unila")]
villages = [("Desa Sebulu", "Kecamatan Sebulu", "Kabupaten Kutai Kartanegara"), ("Desa Lalonggasumeeto", "Kecamatan Soropia", "Kabupaten Konawe"),
            ("Desa Toto Selatan", "Kecamatan Kabila", "Kabupaten Bone Bolango"), ("Desa Kalisalak", "Kecamatan Kebasen", "Kabupaten Banyumas"),
            ("Desa Hila", "Kecamatan Leihitu", "Kabupaten Maluku Tengah"), ("Desa Way Galih", "Kecamatan Tanjung Bintang", "Kabupaten Lampung Selatan")]
verbs = ["menggelar", "mengadakan", "menyelenggarakan", "melaksanakan", "menggelar", "mengadakan"]
events = ["pelatihan pembuatan pupuk kompos", "pelatihan pengolahan keripik pisang", "pelatihan pemasaran daring",
          "pelatihan pembuatan sabun cair", "pelatihan pengolahan minyak kayu putih", "pelatihan budidaya maggot"]
for i, (camp, acr) in enumerate(campuses):
    vil, kec, kab = villages[i]; v = verbs[i]; ev = events[i]
    team = f"Mahasiswa Kuliah Kerja Nyata (KKN) Tematik {camp} ({acr}) Angkatan {40 + 7 * i}"
    add("a", f"{team} yang ditempatkan di {vil}, {kec}, {kab}, {v} {ev} bagi warga.", team)
    team2 = f"Mahasiswa KKN {camp} kelompok {10 + i}"
    add("a", f"{team2} yang bertugas di {vil}, {kec}, {v} {ev} bagi ibu-ibu PKK.", team2)
    team3 = f"Tim KKN {camp} di {kab.split(' ', 1)[1]} kelompok {3 + i}"
    add("a", f"{team3} yang ditempatkan di {vil} {v} {ev}.", team3)

mains = [("PT Pertamina Hulu Mahakam (PHM)", "PHM"), ("PT Perusahaan Listrik Negara (PLN) UP3 Kupang", "PLN"),
         ("Yayasan Pembangunan Masyarakat Indonesia (YPMI)", "YPMI"), ("PT Bukit Asam (PTBA)", "PTBA"),
         ("PT Semen Tonasa (PTST)", "PTST"), ("Lembaga Penelitian dan Pengabdian Masyarakat (LPPM) Unsrat", "LPPM")]
partners = ["Rumah Kreatif BUMN (RKB) Kutai Kartanegara", "Dinas Lingkungan Hidup Kota Kupang", "Forum Anak Kota Kupang",
            "Rumah BUMN Muara Enim", "Dinas Koperasi dan UKM Kabupaten Pangkep", "Badan Penanggulangan Bencana Daerah Kota Manado"]
passives = ["diinisiasi", "digelar", "diselenggarakan", "diinisiasi", "dilaksanakan", "diadakan"]
for i, ((long, acr), part) in enumerate(zip(mains, partners)):
    p = passives[i]
    add("b", f"{long} menggelar pelatihan bagi 40 pelaku usaha. Pelatihan ini {p} {acr} bersama {part}.", f"{long}; {part}")

brigades = [("Daops Manggala Agni Banyuasin", "BPBD Kabupaten Banyuasin"), ("Daops Manggala Agni Pekanbaru", "BPBD Kota Pekanbaru"),
            ("Daops Manggala Agni Muara Teweh", "BPBD Kabupaten Barito Utara"), ("Daops Manggala Agni Sintang", "BPBD Kabupaten Sintang")]
for i, (dao, bpbd) in enumerate(brigades):
    add("c", f"Pelatihan pemadaman karhutla bagi Masyarakat Peduli Api diinisiasi {bpbd} bersama {dao}.", f"{bpbd}; {dao}")
studios = [("Dinas Kebudayaan Kabupaten Gianyar", "Sanggar Seni Citta Usadhi", "Penyuluh Bahasa Bali Kabupaten Gianyar"),
           ("Dinas Pendidikan dan Kebudayaan Kabupaten Sumenep", "Sanggar Tari Potre Koneng", "Penyuluh Kebudayaan Kabupaten Sumenep"),
           ("Dinas Pariwisata Kabupaten Toba", "Sanggar Gorga Toba", "Daops Manggala Agni Toba")]
for off, st, pen in studios:
    add("c", f"{off} menggandeng {st} dan {pen} menggelar workshop bagi 30 pemuda.", f"{off}; {st}; {pen}")

brands = [("Shopee", "platform lokapasar"), ("Bukalapak", "platform e-commerce"), ("Eduwork", "perusahaan rintisan"),
          ("Qlola", "startup"), ("Blibli", "lokapasar"), ("Majoo", "perusahaan teknologi")]
offices = ["Dinas Koperasi dan UKM Kota Mataram", "Dinas Perindustrian Kabupaten Jepara", "Dinas Tenaga Kerja Kabupaten Bantul",
           "Dinas Pariwisata Kota Batu", "Dinas Koperasi Kabupaten Sleman", "Dinas Perdagangan Kota Medan"]
banks = ["Bank Indonesia Kantor Perwakilan Provinsi NTB", "Bank Jateng Cabang Jepara", "BLK Bantul",
         "Bank Indonesia Kantor Perwakilan Malang", "Bank BPD DIY", "Bank Sumut"]
for i, ((brand, cls), off, bank) in enumerate(zip(brands, offices, banks)):
    if i % 2 == 0:
        add("d", f"Pelatihan terselenggara atas kerja sama {off} dengan {bank} dan {cls} {brand}.", f"{off}; {bank}; {brand}")
    else:
        add("d", f"{off} menggandeng {bank} serta {cls} {brand} menggelar pelatihan bagi 40 pelaku usaha.", f"{off}; {bank}; {brand}")

# e  a neighbourhood board and the kelurahan after it as partners of a cooperation (t011)
boards = [("Dinas Pemadam Kebakaran Kota Bekasi", "RW 12", "Kelurahan Jatiasih"), ("Puskesmas Cimanggis", "RT 03", "Kelurahan Tugu"),
          ("Dinas Lingkungan Hidup Kota Bogor", "RW 05", "Desa Cibanteng"), ("Palang Merah Indonesia Kota Tangerang", "RW 09", "Kelurahan Cipondoh")]
for i, (off, rw, kel) in enumerate(boards):
    if i % 2 == 0:
        add("e", f"Pelatihan ini atas kerja sama {off} dengan pengurus {rw} dan {kel}.", f"{off}; pengurus {rw}; {kel}")
    else:
        add("e", f"{off} menggandeng pengurus {rw} serta {kel} menggelar pelatihan bagi 40 warga.", f"{off}; pengurus {rw}; {kel}")

# f  a name with an apostrophe of Arabic origin (heldout7 q051: `Universitas Sains Al-Qur'an`)
add("f", "Mahasiswa KKN Institut Agama Islam Ma'arif NU (IAIMNU) Metro kelompok 9 yang ditempatkan di Desa Banjarrejo, Kecamatan Batanghari, menggelar pelatihan pembuatan sabun.", "Mahasiswa KKN Institut Agama Islam Ma'arif NU (IAIMNU) Metro kelompok 9")
add("f", "Pondok Pesantren Darul Ma'arif Banyuasin menggelar pelatihan kewirausahaan bagi 60 santri.", "Pondok Pesantren Darul Ma'arif Banyuasin")
add("f", "Pelatihan tahsin digelar Universitas Sains Al-Qur'an (UNSIQ) Wonosobo bagi 40 guru TPQ.", "Universitas Sains Al-Qur'an (UNSIQ) Wonosobo")

# counterexamples
add("x", "Pelatihan digelar Dinas Pemadam Kebakaran Kota Bekasi dan dihadiri pengurus RW 12 dan Kelurahan Jatiasih.", "Dinas Pemadam Kebakaran Kota Bekasi")
add("x", "Dinas Pemadam Kebakaran Kota Bekasi bekerja sama dengan warga RW 12 menggelar pelatihan.", "Dinas Pemadam Kebakaran Kota Bekasi")
add("x", "Warga yang tinggal di Desa Sebulu, Kecamatan Sebulu, menggelar pelatihan pembuatan kompos.", "")
add("x", "Pelatihan ini diikuti UMKM bersama Dinas Koperasi Kabupaten Sleman.", "")
add("x", "Dinas Koperasi Kabupaten Sleman bekerja sama dengan BPJS Ketenagakerjaan dan aplikasi Mobile JKN menggelar sosialisasi.", "Dinas Koperasi Kabupaten Sleman; BPJS Ketenagakerjaan")
add("x", "Dinas Koperasi Kabupaten Sleman bekerja sama dengan Bank BPD DIY. Platform Shopee juga membuka gerai.", "Dinas Koperasi Kabupaten Sleman; Bank BPD DIY")
add("x", "Peserta Diklat Angkatan 12 yang ditempatkan di Desa Hila mengikuti pelatihan.", "")
add("x", "Pelatihan ini digelar PHM bersama warga desa.", "")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "organizer_probes_r16.tsv"), "w") as f:
    f.write("# Round 16 probes (issue 11, task ORG16): the constructions of heldout8's organizer misses in other writers'\n"
            "# shapes, generated by scripts/organizer_probes_r16_gen.py from lists of the world, from no document. Blocks: a\n"
            "# a team placed in a village (place cut by commas, batch in its name); b a passive with an acronym agent and a\n"
            "# partner; c Daops Manggala Agni, Sanggar, Penyuluh as partners; d a company by class noun and brand; e a\n"
            "# neighbourhood board and its kelurahan; f a name with an apostrophe; x counterexamples.\n")
    for r in rows: f.write("\t".join(r) + "\n")
print(len(rows), "probes")
