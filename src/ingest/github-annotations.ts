// GitHub Actions workflow commands for listing diagnostics, so problems show on the pull
// request's lines (::error file=…,line=…,title=…::message), escaped the way the runner unescapes them.
import type { FileDiagnostic } from '../archive/diagnostics.ts';

const PERCENT = /%/g;
const CARRIAGE_RETURN = /\r/g;
const LINE_FEED = /\n/g;
const COLON = /:/g;
const COMMA = /,/g;

/** The title every annotation carries: what raised it, for a reader scanning the checks tab. */
const ANNOTATION_TITLE = 'Folio listing check';

/** Escapes a command's message: `%`, CR and LF would otherwise end or corrupt the command. */
export function escapeCommandData(text: string): string {
  return text.replace(PERCENT, '%25').replace(CARRIAGE_RETURN, '%0D').replace(LINE_FEED, '%0A');
}

/** Escapes a command property value: as data, plus `:` and `,`, which separate properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(COLON, '%3A').replace(COMMA, '%2C');
}

/** `::error file=content/listings/cs.DC/2026-03-03.txt,line=1,title=Folio listing check::the path says …` */
export function formatGithubAnnotation(d: FileDiagnostic): string {
  const properties = [`file=${escapeCommandProperty(d.file)}`, `line=${d.line}`, `title=${escapeCommandProperty(ANNOTATION_TITLE)}`];
  return `::${d.severity} ${properties.join(',')}::${escapeCommandData(d.message)}`;
}

/** Opens a collapsible group in the job log; `endGithubGroup` closes it. */
export function startGithubGroup(title: string): string {
  return `::group::${escapeCommandData(title)}`;
}

export function endGithubGroup(): string {
  return '::endgroup::';
}
