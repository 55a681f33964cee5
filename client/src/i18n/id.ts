/**
 * Indonesian UI strings, the default language. This object defines the key set: `en.ts` must
 * have exactly the same keys (`Messages`).
 */
export const id = {
  app: {
    title: 'Peta Prioritas Kota Malang',
    subtitle: 'Pemerintah Kota Malang',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  map: {
    label: 'Peta kelurahan Kota Malang',
    loading: 'Memuat batas wilayah…',
    loadError: 'Batas wilayah gagal dimuat.',
    webglError: 'Peta tidak dapat ditampilkan: peramban ini tidak mendukung WebGL2.',
    retry: 'Coba lagi',
    controls: 'Kontrol peta',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fitCity: 'Tampilkan seluruh kota',
    tooltip: 'Kelurahan {{name}} · Kecamatan {{kecamatan}}',
  },
  sidePanel: {
    label: 'Panel samping',
    heading: 'Wilayah',
  },
  picker: {
    label: 'Pilih kelurahan',
    placeholder: '— Pilih kelurahan —',
    kecamatanGroup: 'Kecamatan {{name}}',
  },
  selection: {
    hint: 'Klik sebuah kelurahan di peta atau pilih dari daftar untuk melihat rinciannya.',
    kind: 'Kelurahan',
    close: 'Tutup',
    closeHint: 'Tutup panel (Esc)',
    kecamatan: 'Kecamatan',
    area: 'Luas',
    areaValue: '{{value}} km²',
    areaLoading: 'Memuat…',
    areaUnavailable: 'Tidak tersedia',
    code: 'Kode wilayah',
  },
} as const;
