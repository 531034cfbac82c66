/** The transport area's API handlers: thin wrappers that turn service outcomes into ApiFailures. */
import type { TRANSPORT_METHODS } from "../../api/contract";
import { ApiFailure, type HandlerTable } from "../../api/dispatcher";
import type { Outcome, TransportService } from "./service";

/** How many stations a search answers when the screen does not say. */
export const DEFAULT_STATION_RESULTS = 8;

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new ApiFailure(outcome.error.code, outcome.error.message);
  return outcome.value;
}

export function createTransportHandlers(service: TransportService): HandlerTable<(typeof TRANSPORT_METHODS)[number]> {
  return {
    searchStations: ({ query, limit }) => service.searchStations(query, limit ?? DEFAULT_STATION_RESULTS),
    planJourney: ({ from, to }) => unwrap(service.planJourney(to, from)),
    getTaxiCard: ({ lang, target }) => unwrap(service.taxiCard(lang, target)),
    getTransportGuide: ({ lang }) => unwrap(service.guide(lang)),
  };
}
