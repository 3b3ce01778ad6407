# Generator of scripts/event_nearmiss_probes_r24.tsv (round 24, EVD24): near misses of the kinds real newsrooms write
# (a handover of aid after a training, a certificate or graduation later, a budget, a plan, recruitment, an
# inauguration, a festival or contest, a court case, a hearing), where the training is held in a clause with a date
# or a place but is not the story's own act; with true events that share their words. Written from lists of the
# world (other offices, regions, trades), not from any labelled document. Expected = GOLD-FORMAT's call.
# Usage: python3 scripts/event_nearmiss_probes_r24.py [write | run BIN [-v] [--rules DIR]]
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main as run_main
rows = []
def add(kind, expected, text):
    rows.append((f"g{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

# A handover of aid or tools to people who were trained before (the training's clause is of after / past).
add('handover-after', False, 'Usai Dilatih, 40 Nelayan Bone Terima Bantuan Mesin Tempel\n\nWATAMPONE – Dinas Kelautan dan Perikanan Kabupaten Bone menyerahkan 40 unit mesin tempel kepada nelayan di Pelabuhan Bajoe, Selasa (11/11/2025). Para penerima sebelumnya telah mengikuti pelatihan perawatan mesin pada Agustus lalu.\n\nKadis berharap bantuan itu meningkatkan hasil tangkapan.')
add('handover-after', False, 'Pasca Pelatihan Menjahit, 25 Ibu Rumah Tangga Dapat Mesin Jahit\n\nSERANG – Sebanyak 25 ibu rumah tangga di Kecamatan Kasemen menerima bantuan mesin jahit dari Dinas Sosial Kota Serang di kantor kecamatan, Kamis (13/11/2025). Bantuan diberikan setelah mereka menuntaskan pelatihan menjahit selama sebulan di LKP Mawar.\n\nCamat Kasemen mengapresiasi program tersebut.')
add('handover-after', False, 'Bupati Sinjai Bagikan Starter Kit kepada Lulusan Pelatihan Barista\n\nSINJAI – Bupati Sinjai membagikan paket starter kit kepada 30 lulusan pelatihan barista di Rumah Jabatan Bupati, Rabu (12/11/2025). Pelatihan itu digelar Disnaker pada Oktober lalu.\n\nPara penerima diharapkan membuka usaha kopi.')
# A certificate or graduation months later.
add('certificate-later', False, 'Tiga Bulan Usai Pelatihan, Sertifikat Peserta Diklat Satpam Belum Terbit\n\nPALU – Sebanyak 60 peserta diklat satpam di Palu mengeluh sertifikat mereka belum terbit meski pelatihan selesai pada Agustus. Hal itu disampaikan perwakilan peserta saat mendatangi kantor penyelenggara, Senin (10/11/2025).\n\nPihak penyelenggara berjanji menyelesaikannya pekan depan.')
add('graduation', False, 'Ratusan Lulusan BLK Ikuti Prosesi Kelulusan\n\nMAGELANG – Sebanyak 320 lulusan Balai Latihan Kerja Magelang mengikuti prosesi kelulusan di Gedung Tri Bhakti, Sabtu (15/11/2025). Mereka telah menyelesaikan pelatihan berbasis kompetensi selama tiga bulan di 12 kejuruan.\n\nKepala BLK menyebut 60 persen lulusan sudah diterima kerja.')
# A budget or plan.
add('budget', False, 'Dewan Setujui Rp 3 Miliar untuk Pelatihan Vokasi 2026\n\nPEKANBARU – DPRD Kota Pekanbaru menyetujui usulan anggaran Rp 3 miliar untuk pelatihan vokasi bagi 1.000 pencari kerja pada 2026. Keputusan diambil dalam rapat Badan Anggaran di gedung dewan, Selasa (11/11/2025).\n\nPelatihan akan digelar di BLK Pekanbaru.')
add('plan', False, 'Tahun Depan, Dinas Pertanian Targetkan Latih 500 Petani Milenial\n\nBLITAR – Dinas Pertanian Kabupaten Blitar menargetkan melatih 500 petani milenial pada 2026. Target itu disampaikan Kepala Dinas dalam rapat kerja di kantor bupati, Rabu (12/11/2025).\n\nPelatihan direncanakan berlangsung di empat kecamatan.')
# Recruitment of participants.
add('recruitment', False, 'Disnaker Buka Kuota 200 Peserta Pelatihan Kerja Gratis\n\nCILEGON – Dinas Tenaga Kerja Kota Cilegon membuka kuota 200 peserta pelatihan kerja gratis untuk lima kejuruan. Warga bisa mendaftar hingga 30 November 2025 di kantor Disnaker, kata Kepala Disnaker, Senin (10/11/2025).\n\nSyaratnya KTP Cilegon dan berusia 18-35 tahun.')
add('recruitment', False, 'Kemenaker Cari 1.000 Pemuda untuk Ikut Pelatihan di Jepang\n\nBEKASI – Kementerian Ketenagakerjaan mencari 1.000 pemuda untuk mengikuti program pemagangan di Jepang. Pengumuman disampaikan di BBPVP Bekasi, Kamis (13/11/2025).\n\nCalon peserta wajib lulus tes bahasa.')
# An inauguration of a building.
add('inauguration', False, 'Gedung Baru UPT Pelatihan Kerja Banyumas Mulai Dipakai\n\nPURWOKERTO – Gedung baru UPT Pelatihan Kerja Banyumas mulai dipakai, Jumat (14/11/2025), setelah diresmikan Gubernur Jawa Tengah. Gedung tiga lantai itu memiliki 12 ruang praktik.\n\nTahun depan gedung itu akan menampung 600 peserta pelatihan.')
# A festival, contest, apel or launch with a training mentioned.
add('festival', False, 'Festival Kuliner Nusantara Ramaikan Alun-alun Garut\n\nGARUT – Festival Kuliner Nusantara digelar di Alun-alun Garut, Sabtu (15/11/2025). Sebanyak 80 stan diisi pelaku UMKM yang pernah mengikuti pelatihan pengolahan pangan dari Dinas Koperasi.\n\nFestival berlangsung tiga hari.')
add('contest', False, 'Peserta Pelatihan Tata Boga Sabet Juara Lomba Masak Tingkat Provinsi\n\nMATARAM – Dua peserta pelatihan tata boga LKP Citra Rasa menjuarai lomba masak tingkat Provinsi NTB di Taman Sangkareang, Minggu (16/11/2025). Keduanya dilatih selama dua bulan di LKP itu.\n\nMereka mengalahkan 40 peserta lain.')
add('launch', False, 'Aplikasi Si Pelatih Resmi Diluncurkan Pemkot Bogor\n\nBOGOR – Pemerintah Kota Bogor meluncurkan aplikasi Si Pelatih untuk pendaftaran pelatihan kerja secara daring di Balai Kota, Rabu (12/11/2025). Melalui aplikasi itu, warga dapat memilih 15 jenis pelatihan.\n\nWali Kota berharap antrean pendaftar berkurang.')
add('apel', False, 'Apel Gelar Pasukan Operasi Zebra Lodaya Digelar di Cianjur\n\nCIANJUR – Polres Cianjur menggelar apel gelar pasukan Operasi Zebra Lodaya 2025 di Alun-alun Cianjur, Senin (17/11/2025). Sebanyak 300 personel yang terlibat sebelumnya sudah dibekali pelatihan pengaturan lalu lintas.\n\nOperasi berlangsung 14 hari.')
# A court case and a hearing or audit.
add('court', False, 'Saksi Ungkap Bimtek Fiktif di Sidang Korupsi Dana Desa\n\nMATARAM – Sidang perkara korupsi dana desa di Pengadilan Tipikor Mataram menghadirkan tiga saksi, Kamis (13/11/2025). Saksi mengungkap bimtek aparatur desa yang dilaporkan digelar di Bali pada 2023 tidak pernah berlangsung.\n\nSidang dilanjutkan pekan depan.')
add('audit', False, 'BPKP Periksa Laporan Pertanggungjawaban Diklat Kepala Sekolah\n\nJAMBI – Tim BPKP Perwakilan Jambi memeriksa laporan pertanggungjawaban diklat kepala sekolah yang diselenggarakan Dinas Pendidikan pada Juli lalu. Pemeriksaan berlangsung di kantor dinas, Selasa (11/11/2025).\n\nHasil pemeriksaan akan diserahkan ke inspektorat.')
# A year's programme list.
add('programme-list', False, 'Sepanjang 2025, Dinkop UKM Sumsel Gelar 42 Kegiatan Pelatihan\n\nPALEMBANG – Dinas Koperasi dan UKM Sumatera Selatan mencatat 42 kegiatan pelatihan bagi 2.100 pelaku usaha sepanjang 2025. Data itu disampaikan dalam evaluasi akhir tahun di Hotel Aryaduta, Rabu (10/12/2025).\n\nPelatihan terbanyak di bidang pemasaran digital.')
# A profile of a former trainee.
add('profile', False, 'Berbekal Pelatihan Las di BLK, Andi Kini Punya Bengkel Sendiri\n\nPAREPARE – Andi Rahmat (28) kini mempekerjakan lima orang di bengkel lasnya di Jalan Bau Massepe. Ia mengikuti pelatihan las di BLK Parepare pada 2021.\n\n"Pelatihan itu mengubah hidup saya," katanya, Sabtu (15/11/2025).')
# True twins: the training IS the story's own act, with the same words around.
add('handover-twin', True, 'Dinas Perikanan Latih 40 Nelayan Bone Rawat Mesin Tempel\n\nWATAMPONE – Dinas Kelautan dan Perikanan Kabupaten Bone menggelar pelatihan perawatan mesin tempel bagi 40 nelayan di Aula Pelabuhan Bajoe, Selasa (11/11/2025). Usai pelatihan, peserta menerima bantuan mesin tempel.\n\nPelatihan berlangsung dua hari.')
add('graduation-twin', True, 'Pelatihan Berbasis Kompetensi BLK Magelang Ditutup\n\nMAGELANG – Pelatihan berbasis kompetensi angkatan III di Balai Latihan Kerja Magelang ditutup, Sabtu (15/11/2025). Sebanyak 96 peserta dari delapan kejuruan dinyatakan lulus.\n\nPenutupan dihadiri Kepala Disnaker.')
add('budget-twin', True, 'Disnaker Pekanbaru Gelar Pelatihan Vokasi bagi 100 Pencari Kerja\n\nPEKANBARU – Dinas Tenaga Kerja Kota Pekanbaru menggelar pelatihan vokasi bagi 100 pencari kerja di BLK Pekanbaru, Selasa (11/11/2025). Pelatihan dibiayai APBD senilai Rp 300 juta.\n\nPelatihan berlangsung 30 hari.')
add('festival-twin', True, 'Jelang Festival Kuliner, 40 Pelaku UMKM Garut Ikuti Pelatihan Kemasan\n\nGARUT – Sebanyak 40 pelaku UMKM mengikuti pelatihan desain kemasan yang digelar Dinas Koperasi Garut di Gedung Pendopo, Kamis (13/11/2025), menjelang Festival Kuliner Nusantara.\n\nPelatihan dipandu desainer dari Bandung.')
add('apel-twin', True, 'Usai Apel, 300 Personel Polres Cianjur Ikuti Pelatihan Pengaturan Lalu Lintas\n\nCIANJUR – Sebanyak 300 personel Polres Cianjur mengikuti pelatihan pengaturan lalu lintas di Lapangan Mapolres, Senin (17/11/2025), usai apel pagi.\n\nPelatihan dipandu Satlantas Polda Jabar.')

if __name__ == "__main__":
    run_main(rows, __file__, "# Round 24 event near-miss probes (EVD24). Generated by scripts/event_nearmiss_probes_r24.py.\n# Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
