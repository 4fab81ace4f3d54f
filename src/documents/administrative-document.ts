/**
 * An administrative document in the Decree 30/2020 layout (văn bản hành chính): the decision and the Tờ trình are both
 * built as this one model, which the `administrative` template prints as HTML/PDF and `administrative-docx.ts` writes as
 * Word, so the two formats never say different things.
 */
export interface DocumentHeader {
  /** The body above the issuer ("Ủy ban nhân dân tỉnh Sơn La" over "Sở Nội vụ"); empty for the province itself. */
  issuingBodyParent: string;
  issuingBody: string;
  documentNumber: string;
  place: string;
  dateIso: string;
}

export interface AnnexSection {
  title: string;
  rows: string[][];
}

export interface Annex {
  /** "DANH SÁCH" */
  heading: string;
  /** "Khen thưởng …" under the heading, in bold */
  subheading: string;
  /** "(Kèm theo Quyết định số … ngày … của …)", in italics */
  reference: string;
  columns: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  /** The columns' shares of the page's width, in any unit (percent, say). */
  widths: number[];
  sections: AnnexSection[];
}

export interface AdministrativeDocument {
  /** The browser tab and the Word file's title: "Quyết định số 05/QĐ-UBND". */
  title: string;
  header: DocumentHeader;
  /** "QUYẾT ĐỊNH", "TỜ TRÌNH" */
  kind: string;
  /** "Về việc tặng Bằng khen …" */
  subject: string;
  /** The authority line under the subject of a decision: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA". */
  authority: string;
  /** "Kính gửi: …" of a Tờ trình. */
  addressee: string;
  /** Italic, one per line, each ending ";" and the last "." (Decree 30/2020). */
  legalBases: string[];
  /** "QUYẾT ĐỊNH:" before the articles of a decision. */
  opening: string;
  /** Body paragraphs; `label` ("Điều 1.") is printed in bold before the text. */
  paragraphs: { label: string; text: string }[];
  /** "Nơi nhận:" entries, each "- …;", the last "- Lưu: VT, …". */
  recipients: string[];
  signature: { lead: string; title: string; name: string };
  annex: Annex | null;
}
