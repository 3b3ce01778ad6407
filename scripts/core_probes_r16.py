#!/usr/bin/env python3
"""Round 16 (CORE16, issue 11): probes of the constructions of the misses an unseen writer produced (corpus/heldout8
look half), written from lists of the world (other offices, places, people, numbers), never from the documents'
sentences. Writes scripts/venue_probes_r16.tsv (columns as venue_probes_r12.tsv; run by place_probes_r12.py) and
scripts/participant_probes_r16.tsv (columns as participant_probes_r13.tsv; run by participant_probes_r13.py --tsv).

usage: core_probes_r16.py write"""
import os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --- venue -------------------------------------------------------------------------------------------------------
# V1 (t009): the event is held (centred) at a place, and a later part of it goes on, after a word of sequence
# (`dan dilanjutkan`, `kemudian`, `lalu berlanjut`), at another named place: the first place is the venue.
V_SEQUENCE = [
    ("Pelatihan dipusatkan di Aula Kantor Camat Wonosari dan dilanjutkan praktik pemadaman api di Markas Damkar Wonosari.",
     "Aula Kantor Camat Wonosari"),
    ("Pelatihan berlangsung di Balai Desa Sumberagung, lalu berlanjut dengan praktik budidaya di kolam milik Pokdakan Mina Lestari.",
     "Balai Desa Sumberagung"),
    ("Kegiatan digelar di Gedung Serbaguna Kecamatan Pakem, kemudian dilanjutkan simulasi evakuasi di Lapangan Desa Hargobinangun.",
     "Gedung Serbaguna Kecamatan Pakem"),
    ("Bimtek dipusatkan di Pendopo Kabupaten Klaten dan dilanjutkan kunjungan lapangan di Pasar Gede Klaten.",
     "Pendopo Kabupaten Klaten"),
]
# Known miss: with no verb of holding before the first place (`Materi kelas diberikan di`), the later place is
# chosen and the two places still give none.
V_SEQUENCE_MISS = [
    ("Materi kelas diberikan di Hotel Grand Mahkota Pontianak dan dilanjutkan praktik lapangan di Taman Nasional Gunung Palung.",
     "Hotel Grand Mahkota Pontianak"),
]
# V2 (heldout7 q013): the event's venue in a long clause of the lead, and a later day's or session's place further
# on (`melatih teknik borgol di lapangan apel Polres pada hari kedua`): the part's place yields.
LEAD = ("Satuan Pembinaan Masyarakat Polres Sukamaju melatih 40 anggota satuan pengamanan dari perbankan, pusat "
        "perbelanjaan dan perkantoran di Gedung Serbaguna Polres Sukamaju, selama dua hari, Senin dan Selasa (5-6/10/2026). ")
V_PART = [
    (LEAD + "Instruktur dari Satsamapta melatih teknik borgol di Lapangan Apel Polres pada hari kedua.", "Gedung Serbaguna Polres Sukamaju"),
    (LEAD + "Praktik pertolongan di air digelar di Kolam Renang Tirta Sari pada hari terakhir.", "Gedung Serbaguna Polres Sukamaju"),
    (LEAD + "Simulasi evakuasi dilaksanakan di Halaman Mako Brimob pada sesi kedua.", "Gedung Serbaguna Polres Sukamaju"),
]
# Counterexample: a day named by its weekday is no later part; the only place stays the venue.
V_PART_NOT = [
    ("Dinas Sosial menggelar pelatihan kader di Aula Kantor Camat Wonosari pada hari Senin (12/3/2024).", "Aula Kantor Camat Wonosari"),
    ("Pelatihan kader hari kedua dipusatkan di Gedung Olahraga Sukamaju pada hari kedua.", "Gedung Olahraga Sukamaju"),
]
# Counterexamples: two places set side by side by a word of contrast, or the place of the later part chosen.
V_SEQUENCE_NOT = [
    ("Materi teori diberikan di Aula Bappeda Sukamaju, sedangkan praktik lapangan dilaksanakan di Gedung PKK Sukamulya.", "-"),
    # (round 20, CORE20: a place only of the opening yields to the training's place set against it)
    ("Pembukaan digelar di Pendopo Kabupaten Blora, sementara pelatihan berlangsung di Gedung Wanita Blora.", "Gedung Wanita Blora"),
    ("Hari pertama pelatihan di Aula Kecamatan Ngaliyan, sedangkan hari kedua di Balai Desa Wates.", "-"),
]

# --- participants ------------------------------------------------------------------------------------------------
# P1 (t037): N batches (angkatan, gelombang, kelas, kelompok) of M people each: N x M.
P_BATCHES = [
    ("Peserta dibagi tiga gelombang, masing-masing 30 orang.", "90"),
    ("Pelatihan digelar dalam dua angkatan dengan masing-masing 25 peserta.", "50"),
    ("Para peserta terbagi dalam empat kelas, masing-masing berisi 20 orang.", "80"),
    ("Peserta dibagi ke dalam lima kelompok yang masing-masing beranggotakan 8 orang.", "40"),
    ("Pelatihan berlangsung dalam dua gelombang, 30 orang setiap gelombang.", "60"),
    ("Peserta dibagi 2 angkatan masing masing 16 orang penjahit.", "32"),
]
P_BATCHES_NOT = [
    # a stated total with its batches: the total
    ("Pelatihan diikuti 40 peserta yang dibagi dalam dua kelompok, masing-masing 20 orang.", "40"),
    # units of time, not of people
    ("Pelatihan diikuti 50 peserta. Materi dibagi dalam tiga sesi, masing-masing dua jam.", "50"),
    # a quota of batches to come, no one who took part
    ("Tahun ini BLK menargetkan dua angkatan lagi dengan kuota masing-masing 16 orang.", ""),
]
# P2 (t027): `diikuti (oleh) N` and people named by a noun no lexicon knows.
P_ATTENDED = [
    ("Pelatihan diikuti 35 pecalang dari 12 desa adat.", "35"),
    ("Kegiatan tersebut diikuti oleh 28 ninik mamak dari sembilan nagari.", "28"),
    ("Bimtek diikuti 60 mantri hewan se-Kabupaten Sukamaju.", "60"),
    ("Pelatihan ini diikuti dua puluh tetua adat dan pawang laut.", "20"),
    ("Pelatihan diikuti 45 bhabinkamtibmas dari 15 polsek.", "45"),
]
P_ATTENDED_NOT = [
    ("Pelatihan diikuti 14 kecamatan.", ""),
    ("Pelatihan diikuti 20 lembaga kursus swasta.", ""),
    ("Pelatihan yang diikuti 3 instansi ini berlangsung lancar.", ""),
]
# P3 (t055): people present in another role (`yang hadir sebagai pengamat`, `sebagai peninjau`) are no participants.
P_OBSERVERS = [
    ("Pelatihan diikuti 40 kader posyandu, ditambah 3 orang dari Dinas Kesehatan yang hadir sebagai pengamat.", "40"),
    ("Sebanyak 30 guru mengikuti pelatihan, serta 4 pengawas sekolah sebagai peninjau.", "30"),
    ("Pelatihan diikuti 50 operator desa dan 6 orang perwakilan kecamatan yang bertindak sebagai observer.", "50"),
    ("Pelatihan diikuti 24 nelayan, ditambah dua orang petugas syahbandar yang hadir sebagai pemantau.", "24"),
]
P_OBSERVERS_NOT = [
    ("Pelatihan diikuti 25 petani dan 5 penyuluh yang hadir sebagai peserta.", "30"),
    ("Pelatihan diikuti 20 kader, ditambah 10 bidan desa.", "30"),
]


def write():
    with open(os.path.join(ROOT, "scripts/venue_probes_r16.tsv"), "w", encoding="utf-8") as f:
        f.write("# Round 16 venue probes, written by scripts/core_probes_r16.py (see there). Columns as venue_probes_r12.tsv:\n")
        f.write("# sentence<TAB>venue<TAB>city (* = not checked)[<TAB>miss]\n")
        for s, v in V_SEQUENCE + V_SEQUENCE_NOT + V_PART + V_PART_NOT:
            f.write(f"{s}\t{v}\t*\n")
        for s, v in V_SEQUENCE_MISS:
            f.write(f"{s}\t{v}\t*\tmiss\n")
    with open(os.path.join(ROOT, "scripts/participant_probes_r16.tsv"), "w", encoding="utf-8") as f:
        f.write("# Round 16 participant probes, written by scripts/core_probes_r16.py (see there). Columns as\n")
        f.write("# participant_probes_r13.tsv: sentence<TAB>total<TAB>groups (* = not checked)<TAB>headline<TAB>MISS\n")
        for s, n in P_BATCHES + P_BATCHES_NOT + P_ATTENDED + P_ATTENDED_NOT + P_OBSERVERS + P_OBSERVERS_NOT:
            f.write(f"{s}\t{n}\t*\t\t\n")


if __name__ == "__main__":
    if sys.argv[1:] == ["write"]:
        write()
    else:
        print(__doc__)
