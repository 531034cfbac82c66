/** Public entry point of the offline metro journey planner (plain TypeScript, no DOM/Electron). */
export type {
  MetroNetwork, MetroLine, MetroStation, Segment, SegmentTimeSource, Transfer, AirportFares,
  AirportFirstLast, ParseError, ParseResult,
} from "./network";
export { parseMetroNetwork } from "./network";
export type { RoutingGraph, GraphEdge, RideEdge, TransferEdge } from "./graph";
export { buildGraph, DEFAULT_TRANSFER_SECONDS, DWELL_SECONDS } from "./graph";
export { ESTIMATE_SPEED_KMH, haversineKm } from "./geo";
export type { Journey, JourneyLeg, LegDirection, StationRef, TransferPoint } from "./journey";
export type { Planner, PlanResult, PlanError } from "./planner";
export { createPlanner, TRANSFER_PENALTY_SECONDS } from "./planner";
export type { FareResult, FareCalculator } from "./fare";
export { createFareCalculator, fareForKm, FARE_BANDS, FARE_RULE_SOURCE, TRACK_TO_STRAIGHT_LINE_FACTOR } from "./fare";
export type { StationSearch, StationMatch, StationLineRef, MatchRank } from "./station-search";
export { createStationSearch, foldLatin } from "./station-search";
