import Testing
@testable import Warta

/// Round 39: constructions found by probe documents with their fields labeled (probe sets i, j, k, l), written by
/// helpers who read neither the rules nor the code, each with its counterexample.
struct Round39ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func organizers(_ text: String) -> [String] { record(text).event?.organizers.map(\.name) ?? [] }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// A partners' rule reads `Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM) ... menggelar` as two bodies; the
    /// piece after `dan` lies inside the whole name another rule read, and is no organizer of its own, even where the
    /// headline's short form (`Diskop UKM Lotim`) took the slot first (probe i01).
    @Test func aPieceOfAWholeNameIsNoSecondOrganizer() {
        let names = Self.organizers("""
            Diskop UKM Lotim Latih 60 Pelaku UMKM

            Selong – Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM) Kabupaten Lombok Timur menggelar Pelatihan Pengemasan Produk bagi pelaku UMKM di Aula Diskop UKM Lombok Timur, 14 Maret 2023.
            """)
        #expect(names == ["Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM) Kabupaten Lombok Timur"])
        let main = Self.record("""
            Pelatihan Kemasan

            Selong – Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM) Kabupaten Lombok Timur menggelar Pelatihan Pengemasan Produk bagi pelaku UMKM di Aula Serbaguna, 14 Maret 2023.
            """).event?.organizers.map(\.role)
        #expect(main == ["main"])
        // Counterexample: two bodies named apart, each in full, stay two.
        let two = Self.organizers("""
            Dinkes dan BPBD Sikka Gelar Pelatihan

            MAUMERE – Dinas Kesehatan Kabupaten Sikka bekerja sama dengan Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sikka menggelar pelatihan pertolongan pertama di Aula Dinas Kesehatan, Senin (4/3/2024), bagi 40 kader.
            """)
        #expect(two.count == 2)
    }

    /// A programme written one teacher a line, each item with the material after the person (`2. Yuliana Rumbiak,
    /// S.Gz., M.Kes (Dosen ...), materi ...;`): the material is no person and the list goes on over the lines, past the
    /// 60 tokens a list had (probe k08).
    @Test func aProgrammeOfTeachersWithTheirMaterialGoesOn() {
        let names = Self.speakers("""
            Dinkes Papua Latih 80 Kader Posyandu

            JAYAPURA – Dinas Kesehatan Provinsi Papua menggelar pelatihan pemantauan pertumbuhan balita bagi 80 kader posyandu di Aula Hotel Nusa Indah, Jayapura, 22-24 Oktober 2024.

            Adapun narasumber dan fasilitator dalam kegiatan ini yaitu:
            1. dr. Stefanus Wanggai, MPH (Nutrition Officer UNICEF Kantor Lapangan Papua), materi Standar Antropometri Anak sesuai Permenkes Nomor 2 Tahun 2020;
            2. Yuliana Rumbiak, S.Gz., M.Kes (Dosen Jurusan Gizi Poltekkes Kemenkes Jayapura), materi Pemberian Makan Bayi dan Anak (PMBA) berbasis pangan lokal;
            3. Ns. Marthen Yoku, S.Kep (Pengelola Program SDIDTK Dinkes Provinsi Papua), materi Stimulasi, Deteksi dan Intervensi Dini Tumbuh Kembang.

            Pada hari kedua, peserta praktik mengukur panjang badan bayi.
            """)
        #expect(names == ["Stefanus Wanggai", "Yuliana Rumbiak", "Marthen Yoku"])
        // Counterexample: nor do the words of a material after a comma on a line with no bullet (before round 39 they
        // gave `Deteksi Dini` and `Intervensi Tumbuh Kembang`).
        let plain = Self.speakers("""
            Dinkes Papua Latih 80 Kader Posyandu

            JAYAPURA – Dinas Kesehatan Provinsi Papua menggelar pelatihan pemantauan pertumbuhan balita bagi 80 kader posyandu di Aula Hotel Nusa Indah, Jayapura, 22-24 Oktober 2024.

            Narasumber kegiatan ini yaitu Ns. Marthen Yoku, S.Kep, materi Stimulasi, Deteksi Dini dan Intervensi Tumbuh Kembang.
            """)
        #expect(plain == ["Marthen Yoku"])
    }

    /// An item of a numbered list of materials, its topic, then `oleh` and its teacher after a long office whose name
    /// holds `dan`, or an institution alone (probe i08).
    @Test func aListItemTopicByItsTeacher() {
        let r = Self.record("""
            BPBD Sumbar Latih 50 Relawan Penanggulangan Bencana

            Padang, 13 November 2023 – Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Sumatera Barat menyelenggarakan Pelatihan Dasar Relawan di Hotel Mercure Padang pada 13-15 November 2023.

            Materi pelatihan meliputi:
            1. Kebijakan penanggulangan bencana dan peran relawan, oleh Widyaiswara Pusat Pendidikan dan Pelatihan Penanggulangan Bencana (Pusdiklat PB) BNPB, Dr. Ir. Agus Wibowo Santoso, M.Sc.;
            2. Kaji cepat dan sistem komando tanggap darurat, oleh Kepala Bidang Kedaruratan dan Logistik BPBD Provinsi Sumatera Barat, Rinaldi Syahputra, S.T., M.T.;
            3. Teknik dasar pencarian dan pertolongan, oleh Kantor SAR Padang;
            """)
        let names = r.event?.speakers.map(\.name) ?? []
        #expect(names.contains("Agus Wibowo Santoso"))
        #expect(names.contains("Rinaldi Syahputra"))
        #expect(names.contains("Kantor SAR Padang"))
        // Counterexample: a programme's opening by an official is no material.
        let opening = Self.speakers("""
            BPBD Sumbar Latih 50 Relawan

            Padang, 13 November 2023 – BPBD Provinsi Sumatera Barat menyelenggarakan Pelatihan Dasar Relawan di Hotel Mercure Padang pada 13-15 November 2023.

            Susunan acara:
            1. Sambutan, oleh Sekretaris Daerah Provinsi Sumatera Barat, Drs. H. Syafrizal, M.M.;
            2. Pembukaan oleh Kepala Pelaksana BPBD, Ir. Rusdi Hamdani, M.Si.;
            """)
        #expect(opening.isEmpty)
    }

    /// A passive of teaching whose agent is a role chain of 13 words (`Kepala Bidang Pemerintahan Gampong Dinas
    /// Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar, Teuku Mahdi`): the long chain runs to 14 words (probe i10).
    @Test func aLongRoleChainAfterTheVerbOfTeaching() {
        let names = Self.speakers("""
            DPMG Aceh Besar Latih Aparatur Gampong

            JANTHO – Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar menggelar bimtek pengelolaan keuangan gampong bagi 120 aparatur di Hotel Oasis, Banda Aceh, Senin (6/11/2023).

            Materi pengelolaan keuangan gampong sesuai Peraturan Menteri Dalam Negeri Nomor 20 Tahun 2018 disampaikan oleh Kepala Bidang Pemerintahan Gampong Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar, Teuku Mahdi, S.STP., M.Si.
            """)
        #expect(names == ["Teuku Mahdi"])
        // Counterexample: the same chain after a welcome, which is no material, reads no one.
        let welcome = Self.speakers("""
            DPMG Aceh Besar Latih Aparatur Gampong

            JANTHO – DPMG Aceh Besar menggelar bimtek pengelolaan keuangan gampong bagi 120 aparatur di Hotel Oasis, Banda Aceh, Senin (6/11/2023).

            Sambutan disampaikan oleh Kepala Bidang Pemerintahan Gampong Dinas Pemberdayaan Masyarakat dan Gampong (DPMG) Aceh Besar, Teuku Mahdi, S.STP., M.Si.
            """)
        #expect(welcome.isEmpty)
    }

    /// A person who teaches, named before `yang mengajar materi` or `yang melatih` and a skill (probe j12); not before
    /// an aside of where he once trained.
    @Test func aPersonWhoTeachesASkill() {
        let names = Self.speakers("""
            Polres Kubu Raya Latih 60 Satpam

            KUBU RAYA – Polres Kubu Raya menggelar pelatihan Gada Pratama bagi 60 calon satpam di Aula Polres Kubu Raya, Senin (4/3/2024).

            Di antaranya Ipda Siti Rohmah yang mengajar materi pelayanan dan kepolisian masyarakat, serta Aiptu Markus Lumban Gaol yang melatih bela diri Polri.
            """)
        #expect(names.contains("Siti Rohmah"))
        #expect(names.contains("Markus Lumban Gaol"))
        let learners = Self.speakers("""
            Polres Kubu Raya Latih 60 Satpam

            KUBU RAYA – Polres Kubu Raya menggelar pelatihan Gada Pratama bagi 60 calon satpam di Aula Polres Kubu Raya, Senin (4/3/2024).

            Kapolres AKBP Arief Hidayat, yang melatih di Sekolah Polisi Negara sejak 2010, membuka kegiatan.
            """)
        #expect(!learners.contains("Arief Hidayat"))
    }

    /// Teachers counted by their role and institution after the verb of teaching, then `yaitu` and the persons
    /// (probe l03); a session opened by an office and a ranked person who presents (probe l06).
    @Test func countedTeachersThenTheirNamesAndASessionsPresenter() {
        let names = Self.speakers("""
            LPPM Unram Gelar Workshop Modul Ajar

            MATARAM – LPPM Universitas Mataram menggelar workshop penyusunan modul ajar bagi 40 guru SMP di Aula FKIP Unram, 21-22 Agustus 2023.

            Materi workshop diisi oleh tiga dosen Fakultas Keguruan dan Ilmu Pendidikan (FKIP) Unram, yaitu Dr. Nurul Hidayati, M.Pd., Dr. I Made Sukarta, M.Hum., dan Muhammad Fauzan, S.Pd., M.Pd.
            """)
        #expect(names == ["Nurul Hidayati", "I Made Sukarta", "Muhammad Fauzan"])
        let session = Self.speakers("""
            Polres Kotim Latih Masyarakat Peduli Api

            SAMPIT – Polres Kotawaringin Timur menggelar pelatihan bagi 50 anggota Masyarakat Peduli Api di Aula Polres Kotim, Kamis (10/8/2023).

            Pada sesi pertama, Kasat Binmas Polres Kotim AKP Bambang Sutrisno memaparkan peran MPA dalam patroli terpadu.
            """)
        #expect(session == ["Bambang Sutrisno"])
        // Counterexample: the opening session's welcome is no material.
        let opening = Self.speakers("""
            Polres Kotim Latih Masyarakat Peduli Api

            SAMPIT – Polres Kotawaringin Timur menggelar pelatihan bagi 50 anggota Masyarakat Peduli Api di Aula Polres Kotim, Kamis (10/8/2023).

            Pada sesi pembukaan, Kapolres Kotim AKBP Sarpani menyampaikan sambutan.
            """)
        #expect(opening.isEmpty)
    }

    /// The event dated by a weekday alone in its sentence (`saat membuka pelatihan ... di Sampit, Kamis.`, ANTARA's
    /// style) on a page of that Thursday, beside a later day in a sentence that names no training (`apel siaga ...
    /// dijadwalkan pada 15 Agustus 2023`): the weekday is the event's (probe l06).
    @Test func aWeekdayAloneOfTheEventBeatsALaterPlanOfAnotherAct() {
        let r = Self.record("""
            Kamis, 10 Agustus 2023 16:21 WIB

            Polres Kotim latih ratusan anggota MPA hadapi puncak kemarau

            Sampit (ANTARA) - Kepolisian Resor Kotawaringin Timur menggandeng Manggala Agni Daerah Operasi Sampit melatih 120 anggota Masyarakat Peduli Api (MPA) dari 17 kecamatan.

            "Pencegahan harus dimulai dari sekarang," kata Kapolres Kotawaringin Timur AKBP Sarwo Edy Nugroho saat membuka pelatihan di lapangan apel Mapolres Kotim di Sampit, Kamis.

            Kapolres menambahkan, apel siaga karhutla gabungan bersama TNI dan BPBD dijadwalkan pada 15 Agustus 2023 di halaman Kantor Bupati Kotawaringin Timur.
            """)
        #expect(r.event?.date?.start.iso == "2023-08-10")
        // Counterexample: the later day in a sentence of the training itself is its day.
        let planned = Self.record("""
            Kamis, 10 Agustus 2023 16:21 WIB

            Polres Kotim Gelar Pelatihan MPA

            Sampit (ANTARA) - Kepolisian Resor Kotawaringin Timur menggelar pelatihan bagi 120 anggota Masyarakat Peduli Api di lapangan apel Mapolres Kotim pada 15 Agustus 2023, kata Kapolres di Sampit, Kamis.
            """)
        #expect(planned.event?.date?.start.iso == "2023-08-15")
    }

    /// A name of a body read on over a person's degree into the pronoun of the next sentence (`Dinas Kesehatan
    /// Jayawijaya, Maria Itlay, S.Gz. Keduanya melatih kader ...`) is no organizer: the pronouns stop a name (probe l05).
    @Test func aPronounAfterADegreeEndsNoBodysName() {
        let names = Self.organizers("""
            Yayasan Latih Kader Posyandu di Wamena

            WAMENA – Yayasan Kasih Peduli Pegunungan bekerja sama dengan Dinas Kesehatan Kabupaten Jayawijaya menggelar pelatihan bagi 40 kader posyandu di Aula Gereja Wamena, Senin (4/3/2024).

            Fasilitator kegiatan terdiri dari bidan senior RSUD Wamena, Yohana Wenda, Amd.Keb., dan ahli gizi Dinas Kesehatan Jayawijaya, Maria Itlay, S.Gz. Keduanya melatih kader cara mengukur panjang badan bayi.
            """)
        #expect(!names.contains { $0.contains("Keduanya") || $0.contains("Itlay") })
        #expect(names.contains("Yayasan Kasih Peduli Pegunungan"))
    }

    /// A kabupaten with its prefix closing the address of THE event's sentence after its kecamatan (`... di Negeri
    /// Liang, Kecamatan Salahutu, Kabupaten Maluku Tengah, Provinsi Maluku, menggelar pelatihan`) outweighs a kota
    /// named bare elsewhere (`pesisir Pulau Ambon`, `jual ke Ambon`) (probe l04); a list of where participants come
    /// from does not (`berasal dari Kabupaten Kupang, Kota Kupang, ...`).
    @Test func anAddressInTheEventsSentenceWeighsTheCity() {
        let r = Self.record("""
            Mahasiswa KKN Unpatti Latih Mama-mama Negeri Liang Olah Ikan Jadi Abon

            Negeri Liang dikenal sebagai penghasil ikan tuna di pesisir Pulau Ambon. Mahasiswa Kuliah Kerja Nyata (KKN) Universitas Pattimura yang ditempatkan di Negeri Liang, Kecamatan Salahutu, Kabupaten Maluku Tengah, Provinsi Maluku, menggelar pelatihan pengolahan ikan menjadi abon.

            Pelatihan dilaksanakan pada Sabtu (22/7/2023) bertempat di Baileo Negeri Liang, diikuti 37 peserta.

            "Kalau sudah bisa bikin abon, katong bisa jual ke Ambon," ujar Raja Negeri Liang.
            """)
        #expect(r.event?.location?.city == "Kabupaten Maluku Tengah")
        let origins = Self.record("""
            BLK Kupang Latih 40 Pemuda

            KUPANG – Balai Latihan Kerja Kota Kupang menggelar pelatihan pengolahan kopi bagi 40 pemuda di Aula BLK Kota Kupang, Senin (4/3/2024). Peserta pelatihan berasal dari Desa Oelnasi, Kecamatan Kupang Tengah, Kabupaten Kupang, dan Kota Kupang.
            """)
        #expect(origins.event?.location?.city == "Kota Kupang")
    }
}
