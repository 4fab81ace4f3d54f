import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { AdministrativeDocument } from './administrative-document.js';
import { issuerLines, parentBodyLine, vietnameseDate } from './format.js';

/**
 * Writes an administrative document as a Word file (the `docx` library), in the Decree 30/2020 layout the HTML prints:
 * A4 portrait, Times New Roman 13–14, margins 20/15/20/30 mm, the two-column header, page numbers centred at the top from
 * page 2, the annex on a page of its own. Officers edit drafts in Word before signing, so the file is plain paragraphs and
 * tables, no text boxes.
 */

/** Sizes in half-points, as Word counts them. */
const SIZE = { body: 28, header: 24, small: 24, recipients: 22 } as const;
const CONTENT_WIDTH = convertMillimetersToTwip(210 - 30 - 15);
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

interface Line {
  text: string;
  bold?: boolean;
  italics?: boolean;
  size?: number;
  /** A rule under the line, as wide as the text (Decree 30: under the issuer, the motto and the subject). */
  underline?: boolean;
}

function paragraph(line: Line, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) {
  return new Paragraph({
    alignment,
    spacing: { after: 0 },
    children: [
      new TextRun({
        text: line.text,
        bold: line.bold,
        italics: line.italics,
        size: line.size ?? SIZE.body,
        underline: line.underline ? {} : undefined,
      }),
    ],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
}

/** Two side-by-side columns without borders: the header, and the recipients beside the signature. */
function columns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, CONTENT_WIDTH - leftWidth],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, CONTENT_WIDTH - leftWidth)] })],
  });
}

function headerTable(document: AdministrativeDocument): Table {
  const { header } = document;
  const issuer = [
    ...(header.issuingBodyParent ? [parentBodyLine(header.issuingBodyParent)] : []),
    ...issuerLines(header.issuingBody),
  ].map((text, index, all) =>
    paragraph({
      text: text.toLocaleUpperCase('vi'),
      bold: index > 0 || !header.issuingBodyParent,
      size: SIZE.header,
      underline: index === all.length - 1,
    }),
  );
  const left = [
    ...issuer,
    ...(header.documentNumber ? [paragraph({ text: '' }), paragraph({ text: `Số: ${header.documentNumber}` })] : []),
  ];
  const right = [
    paragraph({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: SIZE.header }),
    paragraph({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: true }),
    paragraph({ text: '' }),
    paragraph({ text: `${header.place}, ${vietnameseDate(header.dateIso)}`, italics: true }),
  ];
  return columns(left, right, 0.4);
}

function justified(children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { after: 80 },
    children,
  });
}

function closingTable(document: AdministrativeDocument): Table {
  const recipients = [
    paragraph({ text: 'Nơi nhận:', bold: true, italics: true, size: SIZE.small }, AlignmentType.LEFT),
    ...document.recipients.map((text) => paragraph({ text, size: SIZE.recipients }, AlignmentType.LEFT)),
  ];
  const { signature } = document;
  const signer = [
    ...(signature.lead ? [paragraph({ text: signature.lead, bold: true })] : []),
    paragraph({ text: signature.title, bold: true }),
    ...Array.from({ length: 4 }, () => paragraph({ text: '' })),
    paragraph({ text: signature.name, bold: true }),
  ];
  return columns(recipients, signer, 0.5);
}

function annexChildren(document: AdministrativeDocument): (Paragraph | Table)[] {
  const { annex } = document;
  if (!annex) return [];
  const total = annex.widths.reduce((sum, width) => sum + width, 0);
  const columnWidths = annex.widths.map((width) => Math.floor((CONTENT_WIDTH * width) / total));
  const bordered = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const row = (values: string[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      tableHeader: bold,
      children: values.map(
        (value, index) =>
          new TableCell({
            width: { size: columnWidths[index], type: WidthType.DXA },
            borders: bordered,
            children: [
              paragraph(
                { text: value, bold, size: SIZE.small },
                bold ? AlignmentType.CENTER : annex.numeric[index] ? AlignmentType.RIGHT : AlignmentType.LEFT,
              ),
            ],
          }),
      ),
    });
  return [
    paragraph({ text: annex.heading, bold: true }),
    paragraph({ text: annex.subheading, bold: true }),
    paragraph({ text: annex.reference, italics: true }),
    ...annex.sections.flatMap((section) => [
      new Paragraph({
        spacing: { before: 200, after: 80 },
        children: [new TextRun({ text: section.title, bold: true, size: SIZE.body })],
      }),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths,
        rows: [row(annex.columns, true), ...section.rows.map((values) => row(values, false))],
      }),
    ]),
  ];
}

export async function administrativeDocx(document: AdministrativeDocument): Promise<Buffer> {
  const page = {
    size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
    margin: {
      top: convertMillimetersToTwip(20),
      bottom: convertMillimetersToTwip(20),
      left: convertMillimetersToTwip(30),
      right: convertMillimetersToTwip(15),
    },
  };
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.body })],
      }),
    ],
  });
  const body: (Paragraph | Table)[] = [
    headerTable(document),
    new Paragraph({
      spacing: { before: 240 },
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: document.kind, bold: true, size: SIZE.body })],
    }),
    paragraph({ text: document.subject, bold: true, underline: true }),
    ...(document.addressee
      ? [
          new Paragraph({
            spacing: { before: 160, after: 160 },
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: document.addressee, size: SIZE.body })],
          }),
        ]
      : []),
    ...(document.authority
      ? [
          new Paragraph({
            spacing: { before: 160, after: 120 },
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: document.authority, bold: true, size: SIZE.body })],
          }),
        ]
      : []),
    ...document.legalBases.map((text) => justified([new TextRun({ text, italics: true, size: SIZE.body })])),
    ...(document.opening
      ? [
          new Paragraph({
            spacing: { before: 120, after: 120 },
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: document.opening, bold: true, size: SIZE.body })],
          }),
        ]
      : []),
    ...document.paragraphs.map((item) =>
      justified([
        ...(item.label ? [new TextRun({ text: `${item.label} `, bold: true, size: SIZE.body })] : []),
        new TextRun({ text: item.text, size: SIZE.body }),
      ]),
    ),
    new Paragraph({ text: '' }),
    closingTable(document),
  ];
  const sections = [
    {
      properties: { titlePage: true, page },
      headers: { default: pageNumber, first: new Header({ children: [] }) },
      children: body,
    },
    ...(document.annex
      ? [{ properties: { page }, headers: { default: pageNumber }, children: annexChildren(document) }]
      : []),
  ];
  const word = new Document({
    title: document.title,
    creator: document.header.issuingBody,
    styles: { default: { document: { run: { font: 'Times New Roman', size: SIZE.body } } } },
    sections,
  });
  return Packer.toBuffer(word);
}
