# Generator of scripts/organizer_probes_r17.tsv (issue 11, round 17, task ORG17): the constructions of the organizer
# misses an unseen writer produced in heldout9's look half, in the shapes other writers give them (other cue words,
# other orders, other sentence shapes), filled from lists of the world (offices, churches, NGOs, cooperatives,
# villages, weekdays), from no document.
# Blocks: a  a partner after `bersama`, then a time adjunct (`, hari ini, Kamis (15/5/2025)`) before the verb (u015);
#         b  a congregation, a classis or a parish as the partner or the holder (u015);
#         c  `Bersama` capitalized inside a body's name (u021);
#         d  the colloquial verbs of holding of village sites (`ngadakan`, `ngadain`, `nggelar`) (u041);
#         e  the cooperation as a noun after `atas` / `dalam` between the subject and its partner, and credit unions
#            and savings cooperatives by their kind (u047);
#         f  an acronym explained once without region, later written with the region (`DPMD Bone`) (u001);
#         x  counterexamples (must give the names listed, or none).
# Usage: python3 scripts/organizer_probes_r17_gen.py  (writes the .tsv beside it)
import os
rows = []
def add(block, sentence, gold):
    n = sum(1 for r in rows if r[0][0] == block) + 1
    rows.append((f"{block}{n:03d}", "organizers", sentence, gold))

# a  time adjunct after the partner (u015), other bodies, other verbs, other orders
offices = ["Dinas Sosial Kota Kupang", "BPBD Kabupaten Sleman", "Dinas Kesehatan Kabupaten Sikka", "Puskesmas Oesapa",
           "Dinas Pertanian Kabupaten Jember", "Dinas Koperasi Kota Mataram"]
partners = ["Yayasan Pelita Kasih", "Palang Merah Indonesia Kabupaten Sleman", "Wahana Visi Indonesia", "Forum Anak Kota Kupang",
            "Kelompok Tani Sumber Rejeki", "Bank NTB Syariah"]
times = [", hari ini, Senin (4/3/2024)", ", kemarin, Selasa (5/3)", " Rabu (6/3/2024)", ", hari ini, Kamis (7/3/2024),",
         ", kemarin, Jumat (8/3)", " Sabtu (9/3/2024)"]
verbs = ["menggelar", "melatih", "mengadakan", "membekali", "menyelenggarakan", "melaksanakan"]
objs = ["pelatihan bagi 40 pendamping sosial.", "40 relawan desa tangguh bencana.", "pelatihan kader posyandu.",
        "30 kader kesehatan remaja.", "bimbingan teknis bagi penyuluh pertanian.", "pelatihan bagi pelaku usaha mikro."]
for i in range(6):
    add("a", f"{offices[i]} bersama {partners[i]}{times[i]} {verbs[i]} {objs[i]}", f"{offices[i]}; {partners[i]}")
# the same slot without a partner
for i in range(3):
    add("a", f"{offices[i]}{times[i]} {verbs[i]} {objs[i]}", offices[i])

# the adjunct as `pada` and a weekday, or a bare `kemarin`, after the partner
add("a", "Dinas Sosial Kota Kupang bersama Klasis Kupang Tengah pada Senin (4/3/2024) menggelar pelatihan bagi 40 pendamping.", "Dinas Sosial Kota Kupang; Klasis Kupang Tengah")
add("a", "BPBD Kabupaten Sikka bersama Paroki Santo Yosef Maumere kemarin melatih 35 warga menjadi relawan.", "BPBD Kabupaten Sikka; Paroki Santo Yosef Maumere")

# b  congregations, classes, parishes as partners or holders
churches = [("BPBD Kota Ambon", "Jemaat GPM Rumahtiga"), ("Dinas Kesehatan Kabupaten Minahasa", "Jemaat GMIM Sion Tomohon"),
            ("Dinas Sosial Kabupaten Kupang", "Klasis Kupang Tengah"), ("BPBD Kabupaten Sikka", "Paroki Santo Yosef Maumere")]
for i, (off, ch) in enumerate(churches):
    if i % 2 == 0:
        add("b", f"{off} bersama {ch} menggelar pelatihan siaga bencana bagi 50 warga jemaat.", f"{off}; {ch}")
    else:
        add("b", f"{off} bekerja sama dengan {ch} mengadakan pelatihan kader kesehatan bagi 40 warga.", f"{off}; {ch}")
add("b", "Jemaat GPM Hative Besar menggelar pelatihan pertolongan pertama bagi 30 pemuda gereja.", "Jemaat GPM Hative Besar")
add("b", "Pelatihan ini digelar Klasis Pulau Ambon bekerja sama dengan BPBD Provinsi Maluku.", "Klasis Pulau Ambon; BPBD Provinsi Maluku")

# c  `Bersama` inside a name
named = [("Yayasan Tumbuh Bersama Nusantara", "menggelar pelatihan guru PAUD bagi 40 guru."),
         ("Komunitas Peduli Bersama Lombok", "mengadakan pelatihan relawan bagi 30 pemuda."),
         ("Koperasi Sejahtera Bersama Mandiri", "menyelenggarakan pelatihan pembukuan bagi anggota.")]
for org, rest in named:
    add("c", f"{org} {rest}", org)
add("c", "Pelatihan digelar Perkumpulan Hidup Bersama Lestari bersama Dinas Lingkungan Hidup Kota Palu.", "Perkumpulan Hidup Bersama Lestari; Dinas Lingkungan Hidup Kota Palu")
add("c", "Dinas Sosial Kota Palu bekerja sama dengan Yayasan Tumbuh Bersama Nusantara menggelar pelatihan pengasuhan.", "Dinas Sosial Kota Palu; Yayasan Tumbuh Bersama Nusantara")
add("c", "Dinas Kesehatan Kota Palu bersama Perkumpulan Sehat Bersama Sulawesi melatih 30 kader TBC.", "Dinas Kesehatan Kota Palu; Perkumpulan Sehat Bersama Sulawesi")

# d  colloquial verbs of holding
coll = [("Karang Taruna Desa Ngargosari", "ngadain", "pelatihan sablon kaos buat pemuda."),
        ("Kelompok Wanita Tani Melati Desa Sumberejo", "nggelar", "pelatihan bikin pupuk organik."),
        ("Pokdarwis Desa Wisata Pentingsari", "ngadakan", "pelatihan pemandu wisata 2 hari."),
        ("TP PKK Kelurahan Mojosongo", "ngegelar", "pelatihan bikin kue kering buat ibu-ibu.")]
for org, v, rest in coll:
    add("d", f"{org} {v} {rest}", org)

# e  the cooperation as a noun after atas / dalam; credit unions and savings cooperatives
coops = [("Dinas Koperasi dan UKM Kabupaten Sintang", "atas kerja sama dengan", "Credit Union Keling Kumang", "menggelar"),
         ("Dinas Koperasi Kabupaten Sikka", "dalam kerja sama dengan", "Koperasi Kredit (Kopdit) Pintu Air", "melatih"),
         ("Dinas Perindustrian dan Perdagangan Kota Kupang", "atas kerjasama dengan", "KSP Kopdit Swasti Sari", "mengadakan"),
         ("Balai Latihan Kerja Kabupaten Sanggau", "dalam kerja sama dengan", "Credit Union (CU) Lantang Tipo", "menyelenggarakan")]
for off, cue, coop, v in coops:
    add("e", f"{off} {cue} {coop} {v} pelatihan bagi 40 pengurus koperasi.", f"{off}; {coop}")
add("e", "Pelatihan pembukuan ini digelar Credit Union Lantang Tipo bersama Dinas Koperasi Kabupaten Sanggau.", "Credit Union Lantang Tipo; Dinas Koperasi Kabupaten Sanggau")
add("e", "Diskop Sintang dan CU Keling Kumang Latih 40 Pengurus Koperasi || Sebanyak 40 pengurus koperasi mengikuti pelatihan di aula.", "Diskop Sintang; CU Keling Kumang")

# f  an acronym explained once without a region, written later with the region (u001), other offices, other cues
acr = [("Dinas Pemberdayaan Masyarakat dan Desa (DPMD)", "DPMD Wajo", "Perwakilan BPKP Provinsi Sulawesi Selatan", "hasil kerja sama"),
       ("Badan Penanggulangan Bencana Daerah (BPBD)", "BPBD Sinjai", "Palang Merah Indonesia Kabupaten Sinjai", "atas kerja sama"),
       ("Dinas Pemuda dan Olahraga (Dispora)", "Dispora Kota Tual", "Karang Taruna Kota Tual", "kerja sama")]
for i, (long, short, part, cue) in enumerate(acr):
    if i == 0:
        add("f", f"{long} menggelar pelatihan bagi 40 operator desa. Pelatihan ini {cue} {short} dengan {part}.", f"{long}; {part}")
    elif i == 1:
        add("f", f"Kegiatan yang dilaksanakan {cue} {short} dengan {part} ini digelar {long} selama tiga hari.", f"{long}; {part}")
    else:
        add("f", f"{long} menggelar pelatihan kepemimpinan bagi 50 pemuda. Dalam {cue} ini, {short} menggandeng {part}.", f"{long}; {part}")

# x  counterexamples
add("x", "Warga bersama Jemaat GPM Rumahtiga, hari ini, Senin (4/3/2024) mengikuti pelatihan siaga bencana.", "")
add("x", "Dinas Sosial Kota Kupang Bersama Warga Gelar Pelatihan Kader || Sebanyak 40 kader mengikuti pelatihan di aula.", "Dinas Sosial Kota Kupang")
add("x", "BPBD Kabupaten Sleman bersama Bupati Sleman, hari ini, Senin (4/3/2024) meninjau lokasi banjir.", "")
add("x", "Anggota Karang Taruna Desa Ngargosari ngikutin pelatihan sablon kaos di balai desa.", "")
add("x", "Pemuda kampung ngadain pelatihan sablon sendiri di rumah.", "")
add("x", "Pengurus Credit Union Keling Kumang mengikuti pelatihan yang digelar Dinas Koperasi Kabupaten Sintang.", "Dinas Koperasi Kabupaten Sintang")
add("x", "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Sulawesi Selatan menggelar pelatihan. Peserta dari DPMD Wajo ikut hadir.", "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Provinsi Sulawesi Selatan")
add("x", "Dinas Koperasi Kabupaten Sintang bersama Kepala Desa Ensaid, Senin (4/3/2024) menggelar pelatihan.", "Dinas Koperasi Kabupaten Sintang")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "organizer_probes_r17.tsv"), "w", encoding="utf-8") as f:
    f.write("# Round 17 probes (issue 11, task ORG17): the constructions of heldout9's organizer misses in other writers'\n"
            "# shapes, generated by scripts/organizer_probes_r17_gen.py from lists of the world, from no document. Blocks:\n"
            "# a a partner then a time adjunct before the verb; b congregations, classes, parishes; c `Bersama` inside a\n"
            "# name; d colloquial verbs of holding; e the cooperation as a noun and credit unions; f an acronym explained\n"
            "# once, later with its region; x counterexamples.\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), "probes")
