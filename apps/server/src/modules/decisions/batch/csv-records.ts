/**
 * A streaming RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes
 * (doubled) and line breaks; records end with LF or CRLF. It reads chunk by chunk and never gives
 * up: a malformed record (text after a closing quote, a quote left open at the end) comes out as
 * an error and the reader goes on with the next one, so one bad row cannot abort a batch.
 */

export type CsvRecord = { cells: string[]; error?: undefined } | { cells?: undefined; error: string };

const QUOTE = '"';

export class CsvRecordReader {
  private field = '';
  private cells: string[] = [];
  private isQuoted = false;
  private isAfterQuote = false;
  private isFieldStart = true;
  private isAfterCr = false;
  private error: string | null = null;
  private records: CsvRecord[] = [];

  /** Reads a chunk; returns the records it completed. */
  push(text: string): CsvRecord[] {
    for (const char of text) this.read(char);
    return this.take();
  }

  /** Ends the input; returns the last record, if any. */
  end(): CsvRecord[] {
    if (this.isQuoted) this.error ??= 'A quoted field is not closed before the end of the file.';
    if (!this.isFieldStart || this.cells.length > 0 || this.error) this.endRecord();
    return this.take();
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  private read(char: string): void {
    const wasAfterCr = this.isAfterCr;
    this.isAfterCr = false;
    if (this.isQuoted) {
      this.readQuoted(char);
      return;
    }
    if (this.isAfterQuote) {
      this.isAfterQuote = false;
      // `""` inside a quoted field is one quote character.
      if (char === QUOTE) {
        this.field += QUOTE;
        this.isQuoted = true;
        return;
      }
      if (char !== ',' && char !== '\n' && char !== '\r') this.error ??= `Unexpected ${JSON.stringify(char)} after a closing quote.`;
    }
    this.readPlain(char, wasAfterCr);
  }

  private readQuoted(char: string): void {
    if (char === QUOTE) {
      this.isQuoted = false;
      this.isAfterQuote = true;
      return;
    }
    this.field += char;
  }

  private readPlain(char: string, wasAfterCr: boolean): void {
    if (char === ',') {
      this.endField();
    } else if (char === '\r') {
      this.endRecord();
      this.isAfterCr = true;
    } else if (char === '\n') {
      if (!wasAfterCr) this.endRecord();
    } else if (char === QUOTE && this.isFieldStart) {
      this.isQuoted = true;
      this.isFieldStart = false;
    } else {
      this.field += char;
      this.isFieldStart = false;
    }
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    this.isFieldStart = true;
  }

  private endRecord(): void {
    this.endField();
    const isBlankLine = this.cells.length === 1 && this.cells[0] === '' && !this.error;
    if (!isBlankLine) this.records.push(this.error ? { error: this.error } : { cells: this.cells });
    this.cells = [];
    this.error = null;
  }
}
