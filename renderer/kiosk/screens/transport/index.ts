/** The Transport tile: the hub, a planned journey and the taxi card. */
export { TransportHub } from "./TransportHub";
export { JourneyScreen } from "./Journey";
export { TaxiCardScreen } from "./TaxiCard";
