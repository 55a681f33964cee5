import { formatJakartaTime, message } from '@peta/shared';
import { PDFDocument } from 'pdf-lib';
import { LocalizedError } from '../errors.ts';
import { PdfLayout } from './pdf-layout.ts';
import { statusLabel } from './program-table.ts';
import type { ReportData } from './report-data.ts';

/** The report's title, as on the first line of the PDF. */
export const REPORT_TITLE = 'Laporan Rapat Koordinasi — Peta Prioritas Kota Malang';

const percent = (value: number) =>
  `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

/**
 * The A4 meeting report: title and date (WIB), an optional map snapshot, the 11 programs'
 * status and progress, each program's latest update and open follow-ups, and the meeting's
 * decisions and follow-ups when the report is for a meeting.
 */
export async function renderReportPdf(
  data: ReportData,
  mapPng: Uint8Array | null,
  now: Date,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(REPORT_TITLE);
  doc.setCreator('Peta Prioritas Kota Malang');
  doc.setCreationDate(now);
  const pdf = await PdfLayout.create(doc);
  pdf.text(REPORT_TITLE, { size: 15, bold: true, after: 4 });
  pdf.text(`Tanggal: ${formatJakartaTime(now)}`);
  const { meeting } = data;
  if (meeting) {
    const ended = meeting.endedAt ? formatJakartaTime(new Date(meeting.endedAt)) : 'berlangsung';
    pdf.text(
      `Rapat: ${meeting.title} (mulai ${formatJakartaTime(new Date(meeting.startedAt))}, selesai ${ended})`,
    );
  }
  pdf.space(8);
  if (mapPng) {
    let image;
    try {
      image = await doc.embedPng(mapPng);
    } catch {
      throw new LocalizedError('BAD_REQUEST', message('mapImageInvalid'));
    }
    pdf.image(image, 360);
  }

  pdf.text('Ringkasan 11 program prioritas', { size: 12, bold: true, after: 4 });
  const widths = [24, 180, 120, 75, 48, 48];
  pdf.row(['No', 'Program', 'OPD pelaksana', 'Status', 'Fisik', 'Keuangan'], widths, {
    bold: true,
  });
  for (const p of data.programs) {
    pdf.row(
      [
        String(p.number),
        p.name,
        p.leadOpd,
        statusLabel(p.status),
        percent(p.physicalProgress),
        percent(p.financialProgress),
      ],
      widths,
    );
  }
  pdf.space(10);

  pdf.text('Rincian per program', { size: 12, bold: true, after: 4 });
  for (const p of data.programs) {
    pdf.text(`${p.number}. ${p.name}`, { bold: true, size: 10.5 });
    const update = p.latestUpdate;
    pdf.text(
      update
        ? `Pembaruan terakhir: ${update.note || '(tanpa catatan)'} — ${update.userName}, ${formatJakartaTime(update.at)}`
        : `Belum ada pembaruan di aplikasi. Laporan terakhir: ${p.reportedProgress || '-'}`,
      { indent: 12 },
    );
    if (p.openFollowUps.length === 0) {
      pdf.text('Tidak ada tindak lanjut terbuka.', { indent: 12 });
    } else {
      pdf.text('Tindak lanjut terbuka:', { indent: 12 });
      for (const f of p.openFollowUps) {
        const due = f.dueDate ? `, tenggat ${f.dueDate}` : '';
        pdf.text(`• ${f.description} (${f.ownerOpd}${due})`, { indent: 24 });
      }
    }
    pdf.space(6);
  }

  if (meeting) {
    const names = new Map(data.programs.map((p) => [p.id, p.name]));
    pdf.text('Keputusan rapat', { size: 12, bold: true, after: 4 });
    if (meeting.decisions.length === 0) pdf.text('Tidak ada keputusan yang dicatat.');
    meeting.decisions.forEach((d, i) => {
      const about = d.programId ? ` [${names.get(d.programId) ?? d.programId}]` : '';
      pdf.text(`${i + 1}. ${d.text}${about}`, { indent: 6 });
    });
    pdf.space(6);
    pdf.text('Tindak lanjut dari rapat ini', { size: 12, bold: true, after: 4 });
    if (meeting.followUps.length === 0) pdf.text('Tidak ada tindak lanjut baru.');
    for (const f of meeting.followUps) {
      const due = f.dueDate ? `, tenggat ${f.dueDate}` : '';
      pdf.text(`• ${f.description} (${f.ownerOpd}${due})`, { indent: 6 });
    }
  }
  pdf.numberPages();
  return doc.save();
}
