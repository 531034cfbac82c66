/** Links that open a search for a place in the traveller's map app (no API key, no tracking). */
export interface MapLink {
  app: "amap" | "appleMaps" | "googleMaps";
  href: string;
}

export function mapLinks(query: string): MapLink[] {
  const q = encodeURIComponent(query);
  return [
    { app: "amap", href: `https://uri.amap.com/search?keyword=${q}` },
    { app: "appleMaps", href: `https://maps.apple.com/?q=${q}` },
    { app: "googleMaps", href: `https://www.google.com/maps/search/?api=1&query=${q}` },
  ];
}

/** Chinese search text: the city first so a common name finds the Chongqing place. */
export function placeQuery(nameZh: string, station: boolean): string {
  return station ? `重庆 ${nameZh}地铁站` : `重庆 ${nameZh}`;
}
