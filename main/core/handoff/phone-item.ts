import type { Attraction, HandoffItem, JourneyView, Lang, TaxiCard } from "../../api/contract";
import type { PhoneItem, PhoneLeg, PhonePlace } from "../../api/handoff-payload";
import { ApiFailure } from "../../api/dispatcher";
import type { MetroIndex } from "./phone-content";

/** Where the handoff finds what the traveller saw; each comes from its own area's service. */
export interface HandoffSources {
  answerExists(id: string): boolean;
  journey(from: string, to: string, route: "fastest" | "fewest"): Promise<JourneyView>;
  taxiCard(lang: Lang, target: Extract<HandoffItem, { kind: "taxi" }>["target"]): Promise<TaxiCard>;
  attraction(lang: Lang, id: string): Promise<Attraction>;
  simCounter(): string;
  metro(): MetroIndex;
}

/** Turns what the traveller chose into what the phone page needs to show it. */
export async function phoneItemOf(item: HandoffItem, lang: Lang, sources: HandoffSources): Promise<PhoneItem> {
  switch (item.kind) {
    case "answer":
      if (!sources.answerExists(item.id)) throw new ApiFailure("not_found", `no answer with id ${item.id}`);
      return { kind: "answer", id: item.id };
    case "journey":
      return journeyItem(await sources.journey(item.from, item.to, item.route ?? "fastest"), sources.metro());
    case "taxi": {
      if (item.target.kind === "attraction") {
        await sources.attraction(lang, item.target.id);
        return { kind: "attraction", id: item.target.id, taxi: true };
      }
      const card = await sources.taxiCard(lang, item.target);
      return { kind: "taxi", place: placeOf(card, lang) };
    }
    case "attraction":
      await sources.attraction(lang, item.id);
      return { kind: "attraction", id: item.id, taxi: false };
    case "sim-ticket":
      return { kind: "sim-ticket", ticket: item.ticket, counter: sources.simCounter().trim() || null };
  }
}

function placeOf(card: TaxiCard, lang: Lang): PhonePlace {
  const own = card.name.shownIn === lang && lang !== "zh-Hans" && card.name.text !== card.nameEn;
  return { nameZh: card.nameZh, addressZh: card.addressZh, name: own ? card.name.text : null, nameEn: card.nameEn };
}

function journeyItem(journey: JourneyView, metro: MetroIndex): PhoneItem {
  const station = (id: string): number => {
    const index = metro.station(id);
    if (index === undefined) throw new ApiFailure("not_found", `no station ${id} in this content version`);
    return index;
  };
  const legs: PhoneLeg[] = journey.legs.map((leg) => {
    const line = metro.line(leg.line.id);
    if (line === undefined) throw new ApiFailure("not_found", `no line ${leg.line.id} in this content version`);
    return {
      line,
      board: station(leg.board.id),
      alight: station(leg.alight.id),
      toward: station(leg.direction.id),
      sense: leg.loopSense ?? null,
      stops: Math.max(0, leg.stops.length - 1),
      minutes: leg.minutes,
    };
  });
  const fare = journey.fare.kind === "unknown" ? null : { kind: journey.fare.kind, yuan: journey.fare.yuan };
  return { kind: "journey", legs, minutes: journey.totalMinutes, fare };
}
