# Generator of scripts/event_nearmiss_probes_r23.tsv (round 23, EVD23): near misses whose training mention has the
# role of a question, a finding or the people's past (an audit or a hearing questioning a training, an apel, a
# hand-over or a service whose people are named `yang telah/sudah mengikuti` a training), with true events that
# share their words (a question asked at a training, a closing whose people `telah mengikuti`). Written from lists of
# the world (offices, regions, trainings), not from any labelled document. Expected = GOLD-FORMAT's call.
# Usage: python3 scripts/event_nearmiss_probes_r23.py [write | run BIN [-v] [--rules DIR]]
import sys, os
rows = []
def add(kind, expected, text):
    rows.append((f"f{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

# An audit or a hearing whose own act questions or finds fault with a training.
add('audit', False, 'BPK Temukan Kejanggalan Anggaran Diklat Aparatur Desa\n\nLUWUK – Badan Pemeriksa Keuangan menemukan kejanggalan pada belanja diklat aparatur desa di Kabupaten Banggai tahun 2024 senilai Rp 900 juta. Hal itu terungkap dalam rapat Badan Anggaran di Gedung DPRD Banggai, Kamis (20/11/2025).\n\nDiklat itu digelar di Palu selama empat hari.')
add('audit', False, 'Inspektorat Dalami Kerugian Negara dari Bimtek BPD\n\nKOLAKA – Inspektorat Kabupaten Kolaka mendalami potensi kerugian negara dari kegiatan bimtek anggota BPD yang digelar di Makassar tahun lalu. Pemeriksaan dilakukan terhadap 20 kepala desa di kantor inspektorat, Selasa (11/11/2025).\n\nBimtek tersebut diikuti 100 anggota BPD.')
add('hearing', False, 'Komisi II Pertanyakan Hasil Pelatihan Petani Milenial\n\nJENEPONTO – Komisi II DPRD Jeneponto mempertanyakan hasil pelatihan petani milenial dalam rapat kerja dengan Dinas Pertanian di ruang rapat komisi, Senin (10/11/2025). Menurut dewan, banyak peserta tidak melanjutkan usaha tani.\n\nKadistan berjanji mengevaluasi program itu.')
add('hearing', False, 'Warga Persoalkan Bimtek Kades di Luar Daerah\n\nMUARA ENIM – Sejumlah warga mempersoalkan bimtek kepala desa yang digelar di luar provinsi saat beraudiensi dengan Bupati Muara Enim di rumah dinas, Rabu (12/11/2025). Mereka menilai kegiatan itu pemborosan.\n\nBupati berjanji menindaklanjuti aspirasi warga.')
add('hearing', False, 'Anggota Dewan Soroti Pelatihan Kerja yang Tak Tepat Sasaran\n\nBANJARBARU – Anggota DPRD Banjarbaru mempertanyakan pelatihan kerja yang diikuti warga luar daerah dalam rapat dengar pendapat dengan Disnaker, Kamis (13/11/2025).\n\nKepala Disnaker berjanji memperketat seleksi peserta.')
# An apel, a hand-over or a service whose people are named by the training they took before.
add('apel', False, 'Apel Kesiapsiagaan Karhutla Digelar di Pelalawan\n\nPANGKALAN KERINCI – Polres Pelalawan menggelar apel kesiapsiagaan kebakaran hutan dan lahan di halaman Mapolres, Rabu (5/11/2025), diikuti 250 personel gabungan. Kapolres meminta anggota Masyarakat Peduli Api yang telah mengikuti pelatihan pemadaman disiagakan di desa rawan.\n\nApel diakhiri dengan pengecekan mobil pemadam.')
add('handover', False, 'Dinas Perikanan Serahkan 20 Perahu kepada Nelayan Pesisir\n\nBONTANG – Dinas Perikanan Kota Bontang menyerahkan 20 unit perahu fiber kepada kelompok nelayan di Pelabuhan Tanjung Limau, Jumat (14/11/2025). Penerima adalah nelayan yang sudah mengikuti pelatihan keselamatan melaut.\n\nWali Kota berharap hasil tangkapan meningkat.')
add('service', False, 'Layanan Konseling Remaja Dibuka di Puskesmas Sungai Durian\n\nSINTANG – Puskesmas Sungai Durian membuka layanan konseling remaja, Senin (17/11/2025). Layanan dijalankan lima kader yang telah dilatih konseling sebaya oleh Dinas Kesehatan.\n\nSetiap pekan layanan melayani sekitar 40 remaja.')
add('launch', False, 'Kampung Siaga Bencana Diluncurkan di Pesisir Selatan\n\nPAINAN – Dinas Sosial Sumbar meluncurkan Kampung Siaga Bencana di Nagari Sungai Pinang, Sabtu (15/11/2025). Kampung itu dijaga 30 relawan yang sudah dibekali pelatihan evakuasi.\n\nPeluncuran dihadiri Bupati Pesisir Selatan.')
# True events that share the words: a question asked at a training, people who `telah mengikuti` at its closing.
add('question-twin', True, 'Disnaker Gelar Pelatihan Barista bagi 25 Pemuda\n\nBONTANG – Dinas Tenaga Kerja Kota Bontang menggelar pelatihan barista bagi 25 pemuda di Aula BLK Bontang, Senin (10/11/2025).\n\nPelatihan berlangsung lima hari. Dalam sesi diskusi, sejumlah peserta mempertanyakan peluang kerja di kafe lokal.')
add('closing-twin', True, 'Pelatihan Operator Alat Berat Ditutup\n\nSAMARINDA – Pelatihan operator alat berat bagi 30 pemuda di UPTD BLK Samarinda resmi ditutup Kepala Disnakertrans Kaltim, Jumat (14/11/2025). Peserta yang telah mengikuti pelatihan selama 20 hari menerima sertifikat.\n\nPeserta berasal dari tujuh kabupaten.')
add('closing-twin', True, 'Bupati Tutup Diklat Kader Posyandu\n\nKAPUAS HULU – Bupati Kapuas Hulu menutup diklat kader posyandu di Aula Dinkes Putussibau, Kamis (13/11/2025). Sebanyak 40 kader yang sudah mengikuti diklat selama tiga hari dinyatakan lulus.\n\nDiklat diselenggarakan Dinas Kesehatan.')
add('hearing-twin', True, 'DPRD Gelar Bimtek Penyusunan Perda bagi Anggota Dewan\n\nBANGLI – Sekretariat DPRD Bangli menggelar bimtek penyusunan peraturan daerah bagi 30 anggota dewan di ruang rapat paripurna, Selasa (11/11/2025).\n\nBimtek dipandu tenaga ahli dari Kemendagri. Peserta aktif bertanya soal teknik legal drafting.')
add('apel-twin', True, 'Usai Apel, Relawan Ikuti Pelatihan Pemadaman Karhutla\n\nPANGKALAN KERINCI – Sebanyak 60 relawan Masyarakat Peduli Api mengikuti pelatihan pemadaman kebakaran hutan yang digelar BPBD Pelalawan di Lapangan Bhayangkara, Rabu (5/11/2025), usai apel kesiapsiagaan.\n\nPelatihan dipandu instruktur Manggala Agni.')

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 23 event near-miss probes (EVD23): the role of the training mention (a question, a finding, the\n"
         "# people's past), with true events that share their words. Generated by scripts/event_nearmiss_probes_r23.py.\n"
         "# Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
