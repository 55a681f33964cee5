/**
 * Server and validation messages in Bahasa Indonesia, the source language: `{{name}}` marks a
 * parameter, and the parameters of each key are typed from these texts (see message.ts).
 */
export const CATALOGUE_ID = {
  // Requests and sessions
  invalidInput: 'Input tidak valid',
  invalidRequest: 'Permintaan tidak valid',
  signInFirst: 'Silakan masuk terlebih dahulu',
  sessionExpired: 'Sesi berakhir; silakan masuk lagi',
  displayReadOnly: 'Layar tampilan hanya dapat melihat data',
  viewerReadOnly: 'Peran viewer hanya dapat melihat data',
  adminOnly: 'Hanya admin (Bappeda) yang boleh',
  csrfJsonOnly: 'Permintaan perubahan harus berjenis application/json',
  csrfForeignOrigin: 'Permintaan dari asal lain ({{origin}}) ditolak',

  // Sign-in and accounts
  wrongLogin: 'Nama pengguna atau kata sandi salah',
  tooManyAttempts: 'Terlalu banyak percobaan gagal. Coba lagi dalam {{minutes}} menit.',
  displayTokenInvalid: 'Token layar tidak valid atau dicabut',
  displayTokenNotFound: 'Token layar {{id}} tidak ditemukan',
  currentPasswordWrong: 'Kata sandi lama salah',
  usernameTaken: 'Nama pengguna "{{username}}" sudah dipakai',
  userNotFound: 'Pengguna {{id}} tidak ditemukan',
  cannotDisableSelf: 'Tidak dapat menonaktifkan akun sendiri',
  usernameFormat:
    'Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung',
  usernameRequired: 'Nama pengguna wajib diisi',
  passwordRequired: 'Kata sandi wajib diisi',
  passwordMin: 'Kata sandi minimal {{min}} karakter',
  passwordMax: 'Kata sandi maksimal {{max}} karakter',
  passwordTooLong: 'Kata sandi terlalu panjang',
  currentPasswordRequired: 'Kata sandi lama wajib diisi',
  displayNameRequired: 'Nama tampilan wajib diisi',
  displayNameMax: 'Nama tampilan maksimal {{max}} karakter',
  roleInvalid: 'Peran harus admin, opd atau viewer',
  opdRequiredForRole: 'OPD wajib diisi untuk peran opd',
  opdOnlyForOpdRole: 'Hanya akun dengan peran opd yang terikat ke OPD',
  displayTokenRequired: 'Token layar wajib diisi',
  displayTokenMalformed: 'Token layar tidak valid',
  displayLabelRequired: 'Label layar wajib diisi',
  displayLabelMax: 'Label layar maksimal {{max}} karakter',

  // Identifiers and common values
  idNotNumber: 'ID wajib berupa angka',
  idNotInteger: 'ID harus bilangan bulat',
  idInvalid: 'ID tidak valid',
  programIdRequired: 'ID program wajib diisi',
  programIdTooLong: 'ID program terlalu panjang',
  programIdFormat: 'ID program hanya huruf kecil, angka dan tanda hubung',
  kelurahanCodeFormat: 'Kode kelurahan harus 10 digit dan diawali 3573',
  opdUnknown: 'OPD tidak dikenal; pilih dari daftar perangkat daerah',
  percentMin: 'Persentase tidak boleh kurang dari {{min}}',
  percentMax: 'Persentase tidak boleh lebih dari {{max}}',
  dateFormat: 'Tanggal harus berformat YYYY-MM-DD',
  yearNotInteger: 'Tahun harus bilangan bulat',
  yearMin: 'Tahun paling awal {{year}}',
  yearMax: 'Tahun paling akhir {{year}}',
  limitNotInteger: 'Batas harus bilangan bulat',
  stepNotInteger: 'Langkah harus bilangan bulat',
  stepMin: 'Langkah minimal {{min}}',
  stepMax: 'Langkah maksimal {{max}}',
  limitMin: 'Batas minimal {{min}}',
  limitMax: 'Batas maksimal {{max}}',

  // Programs
  programNotFound: 'Program "{{id}}" tidak ditemukan',
  programEditForbidden:
    'Akun Anda tidak boleh mengubah program "{{name}}": bukan OPD pelaksana atau pendukungnya',
  programOpdAdminOnly: 'hanya admin (Bappeda) yang boleh mengubah OPD program',
  programChangedBy:
    'Program ini sudah diubah oleh {{name}} pada {{time}}. Periksa perubahannya, lalu terapkan lagi isian Anda.',
  programChangedBySomeone:
    'Program ini sudah diubah oleh orang lain pada {{time}}. Periksa perubahannya, lalu terapkan lagi isian Anda.',
  nothingToSave: 'Tidak ada perubahan untuk disimpan; tulis catatan bila hanya melapor',
  listItemNotInProgram: 'ID {{id}} bukan milik program ini',
  updateNotFound: 'Pembaruan {{id}} tidak ditemukan',
  updateAlreadyVerified: 'Pembaruan ini sudah diverifikasi oleh {{name}} pada {{time}}',
  versionNotInteger: 'Versi harus bilangan bulat',
  versionInvalid: 'Versi tidak valid',
  noteMax: 'Catatan maksimal {{max}} karakter',
  reportedProgressTooLong: 'Ringkasan capaian terlalu panjang',
  supportingOpdsMax: 'Paling banyak {{max}} OPD pendukung',
  rupiahNotInteger: 'Nilai rupiah harus bilangan bulat',
  rupiahNegative: 'Nilai rupiah tidak boleh negatif',
  rupiahTooLarge: 'Nilai rupiah terlalu besar',
  fundingSourceUnknown: 'Sumber dana tidak dikenal',
  fundingSourceRepeated: 'Setiap sumber dana hanya boleh muncul sekali',
  milestoneTitleRequired: 'Judul tahapan wajib diisi',
  milestoneTitleTooLong: 'Judul terlalu panjang',
  milestonesMax: 'Paling banyak {{max}} tahapan',
  milestoneIdRepeated: 'ID tahapan ganda',
  obstacleRequired: 'Uraian kendala wajib diisi',
  obstacleTooLong: 'Uraian kendala terlalu panjang',
  obstaclesMax: 'Paling banyak {{max}} kendala',
  obstacleIdRepeated: 'ID kendala ganda',
  followUpRequired: 'Uraian tindak lanjut wajib diisi',
  followUpTooLong: 'Uraian tindak lanjut terlalu panjang',
  followUpNotFound: 'Tindak lanjut {{id}} tidak ditemukan',
  followUpMarkForbidden:
    'Hanya admin, OPD program atau OPD penanggung jawab yang boleh menandai tindak lanjut',

  // Evidence photos
  fileNameRequired: 'Nama berkas wajib diisi',
  fileNameTooLong: 'Nama berkas terlalu panjang',
  captionMax: 'Keterangan maksimal {{max}} karakter',
  photoEmpty: 'Berkas foto kosong',
  photoTooLarge: 'Foto maksimal {{megabytes}} MB',
  photoNotBase64: 'Isi berkas bukan base64 yang sah',
  photoTypeUnsupported: 'Berkas bukan foto JPEG, PNG atau WebP',
  photoNameMismatch:
    'Isi berkas "{{fileName}}" adalah {{type}}; nama berkas harus berakhiran yang sesuai',
  photoNotFound: 'Foto tidak ditemukan',

  // Meetings
  meetingNotFound: 'Rapat {{id}} tidak ditemukan',
  meetingClosed: 'Rapat ini sudah ditutup',
  meetingStepsOnly: 'Rapat ini hanya punya {{count}} langkah',
  meetingTitleRequired: 'Judul rapat wajib diisi',
  meetingTitleMax: 'Judul rapat maksimal {{max}} karakter',
  agendaMin: 'Agenda rapat minimal satu langkah',
  agendaMax: 'Agenda rapat maksimal {{max}} langkah',
  agendaUnknownSteps: 'Agenda memuat {{steps}} yang tidak dikenal',
  decisionRequired: 'Isi keputusan wajib diisi',
  decisionMax: 'Isi keputusan maksimal {{max}} karakter',

  // Exports
  exportYearInvalid: 'Tahun tidak valid: isi parameter year dengan tahun {{first}}–{{last}}',
  exportMeetingIdInvalid: 'meetingId tidak valid: harus nomor rapat',
  mapImageTooLarge: 'Gambar peta terlalu besar',
  mapImageInvalid: 'Gambar peta harus berupa PNG yang valid',
  cannotVerifyOwnUpdate: 'Pembaruan Anda sendiri harus diverifikasi oleh admin lain (empat mata)',
  photoUnreadable: 'Berkas foto rusak atau tidak utuh; simpan ulang fotonya lalu unggah lagi',
  photoTooManyPixels: 'Foto terlalu besar: maksimal {{megapixels}} megapiksel',
  tooManyAttemptsSeconds: 'Terlalu banyak percobaan gagal. Coba lagi dalam {{seconds}} detik.',

  // Database
  databaseUnavailable: 'Basis data sedang tidak tersedia. Coba lagi sebentar lagi.',
  serverStarting: 'Server sedang dimulai; coba lagi sebentar lagi',
  serverStopping: 'Server sedang dihentikan; sambungan dibuka lagi otomatis',

  // Unsafe input and failed requests
  textUnsafe:
    'Teks memuat karakter yang tidak diizinkan (NUL atau pasangan UTF-16 yang tidak utuh)',
  idTooLarge: 'ID terlalu besar',
  dateOutOfRange: 'Tanggal harus antara tahun {{first}} dan {{last}}',
  serverError: 'Terjadi kesalahan di server (kode permintaan {{requestId}})',
  notFound: 'Tidak ditemukan',
  bodyTooLarge: 'Isi permintaan terlalu besar',
  bodyMalformed: 'Isi permintaan bukan JSON yang sah',

  // Indicator catalogue and dataset versions
  indicatorNotFound: 'Indikator "{{slug}}" tidak ada di katalog',
  indicatorSlugTaken: 'Slug "{{slug}}" sudah dipakai indikator lain; pilih slug lain',
  indicatorBuiltInNotRetirable: 'Indikator bawaan tidak dapat dipensiunkan',
  indicatorChangedBy:
    'Indikator ini sudah diubah oleh {{name}} pada {{time}}. Periksa perubahannya, lalu terapkan lagi isian Anda.',
  indicatorChangedBySomeone:
    'Indikator ini sudah diubah oleh orang lain pada {{time}}. Periksa perubahannya, lalu terapkan lagi isian Anda.',
  fixedBreaksClasses: 'Klasifikasi tetap dengan {{breaks}} batas memerlukan {{classes}} kelas',
  datasetVersionNotFound: 'Versi data {{id}} tidak ditemukan',
  importNoFile: "Pilih berkas untuk diimpor (bidang 'file')",
  importFileEmpty:
    'Berkasnya kosong (0 bita): pilih berkas Excel (.xlsx) atau CSV yang berisi tabel',
  importFileTooLarge: 'Berkas terlalu besar: paling banyak {{mb}} MB',
  importFileLooksHtml:
    'Berkas ini halaman web (HTML), bukan tabel Excel atau CSV, walau namanya {{name}}. Buka di Excel lalu simpan sebagai .xlsx atau .csv',
  importFileLooksImage: 'Berkas ini gambar ({{type}}), bukan tabel Excel atau CSV',
  importFileLooksPdf:
    'Berkas ini PDF, bukan tabel Excel atau CSV: salin tabelnya ke Excel lalu simpan sebagai .xlsx',
  importFileLooksXls:
    'Berkas ini format Excel lama (.xls): buka di Excel lalu simpan sebagai .xlsx',
  importFileLooksZip: 'Berkas ini arsip ZIP, bukan buku kerja Excel (.xlsx)',
  importFileBinary: 'Berkas ini bukan tabel Excel (.xlsx) atau teks CSV',
  importFileBomb:
    'Isi berkas Excel terlalu besar setelah dibuka (lebih dari {{mb}} MB): bagi datanya ke beberapa berkas',
  importTooManyRows: 'Berkas memuat lebih dari {{max}} baris: bagi datanya ke beberapa berkas',
  importFileUnreadable:
    'Berkas Excel rusak atau tidak bisa dibaca: simpan ulang dari Excel sebagai .xlsx',
  importSheetUnknown: 'Lembar "{{sheet}}" tidak ada di berkas; lembar yang ada: {{sheets}}',
  importNoHeader: 'Baris judul kolom tidak ditemukan: tabelnya kosong',
  importIndicatorUnknown: 'Indikator "{{slug}}" tidak ada dalam katalog',
  importNotAllowed:
    'Anda tidak berhak mengimpor data indikator ini: hanya admin atau OPD produsennya ({{opd}})',
  importUploadHeaderMissing: 'Unggahan ditolak: header X-Peta-Upload: 1 wajib ada',
  importMappingInvalid: 'Pemetaan kolom (mapping) bukan JSON yang sah',
  importPreviewNotFound:
    'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa: unggah ulang berkasnya',
  importPreviewOtherUser: 'Pratinjau impor ini dibuat pengguna lain',
  importHasErrors:
    'Masih ada {{count}} baris bermasalah: perbaiki berkasnya, konfirmasi usulan kelurahan, atau kecualikan baris itu',
  importNothingToSave: 'Tidak ada nilai yang bisa disimpan',
  importKelurahanEmpty: 'Kelurahan kosong',
  importKelurahanUnknown: 'Kelurahan "{{text}}" tidak dikenal',
  importKelurahanSuggest:
    'Kelurahan "{{text}}" tidak persis dikenal: maksudnya {{name}}? Konfirmasi dulu',
  importKecamatanMismatch: 'Kelurahan {{name}} tidak berada di Kecamatan {{kecamatan}}',
  importDuplicate: 'Kelurahan {{name}} tahun {{year}} muncul lebih dari sekali (baris {{rows}})',
  importPercentRange: 'Persentase {{value}} di luar 0–100',
  importNegative: 'Nilai {{value}} negatif, padahal jumlah tidak bisa negatif',
  importNotNumber: 'Bukan angka: "{{text}}"',
  importYearImpossible: 'Tahun {{year}} tidak mungkin: harus {{first}}–{{last}}',
  importYearMissing: 'Tahun tidak diketahui: pilih kolom tahun atau isi tahun data',
  importValueMissing: 'Nilai kosong: baris ini tidak dipakai',
  importRowExcluded: 'Dikecualikan oleh pengguna',
  importNoValueColumn: 'Kolom nilai belum dipilih',
} as const;
