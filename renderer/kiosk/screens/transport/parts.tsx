import type { Lang, LineRef, StationRefView, StationSummary } from "../../../../main/api/contract";

/** A station's name for the traveller: Chinese for Chinese readers, else the operator's English name. */
export function stationName(station: StationRefView, lang: Lang): string {
  if (lang === "zh-Hans") return station.nameZh;
  if (station.nameEn) return station.nameEn;
  return station.pinyin.replace(/(^|\s)\S/g, (letter) => letter.toUpperCase());
}

export function lineName(line: LineRef, lang: Lang): string {
  return lang === "zh-Hans" || !line.nameEn ? line.nameZh : line.nameEn;
}

/** The station's name in the traveller's language, with the Chinese name beneath for signs. */
export function StationLabel({ station, lang, className }: { station: StationRefView; lang: Lang; className?: string }): React.JSX.Element {
  const main = stationName(station, lang);
  return (
    <span className={className ? `station-label ${className}` : "station-label"}>
      <span className="station-main" lang={lang === "zh-Hans" || !station.nameEn ? "zh-Hans" : "en"}>
        {main}
      </span>
      {main !== station.nameZh ? (
        <span className="station-zh" lang="zh-Hans">
          {station.nameZh}
        </span>
      ) : null}
    </span>
  );
}

/** A small square in the line's colour; the colour goes through an SVG attribute (no inline style). */
export function LineSwatch({ line, size = 28 }: { line: LineRef; size?: number }): React.JSX.Element {
  return (
    <svg className="line-swatch" width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="26" height="26" rx="6" fill={line.color} />
    </svg>
  );
}

export function LineBadge({ line, lang }: { line: LineRef; lang: Lang }): React.JSX.Element {
  return (
    <span className="line-badge">
      <LineSwatch line={line} />
      <span lang={lang === "zh-Hans" || !line.nameEn ? "zh-Hans" : "en"}>{lineName(line, lang)}</span>
    </span>
  );
}

/** The lines at a station, each once (a line and its branch share a colour and a badge). */
export function LineList({ station, lang }: { station: StationSummary; lang: Lang }): React.JSX.Element {
  return (
    <span className="line-list">
      {station.lines.map((line) => (
        <LineBadge key={line.id} line={line} lang={lang} />
      ))}
    </span>
  );
}
