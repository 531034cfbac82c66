/**
 * Distance helpers and the documented speed used to estimate missing running times.
 * Coordinates in the data are GCJ-02. The GCJ-02 offset is almost uniform over a city,
 * so distances between two GCJ-02 points are good to a few metres without converting.
 */

/** Mean Earth radius in km (IUGG mean radius). */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Average speed used to turn a straight-line distance into a running time, and back.
 * Derived from the data itself: the 97 segments with an `official` time and a distance
 * cover 124.2 km of straight-line distance in 14 880 s, i.e. 30.05 km/h
 * station-to-station (departure to departure, dwell included). Rounded to 30 km/h.
 */
export const ESTIMATE_SPEED_KMH = 30;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance in km between two points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Running time in whole seconds for a straight-line distance at ESTIMATE_SPEED_KMH. */
export function secondsForKm(km: number): number {
  return Math.round((km / ESTIMATE_SPEED_KMH) * 3600);
}

/** Straight-line distance covered in `seconds` at ESTIMATE_SPEED_KMH. */
export function kmForSeconds(seconds: number): number {
  return (seconds / 3600) * ESTIMATE_SPEED_KMH;
}

/** Both coordinates present, or null. */
export function coordsOf(station: { lat: number | null; lon: number | null }): LatLon | null {
  return station.lat !== null && station.lon !== null ? { lat: station.lat, lon: station.lon } : null;
}
