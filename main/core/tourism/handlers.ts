import type { TOURISM_METHODS } from "../../api/contract";
import { ApiFailure, type HandlerTable } from "../../api/dispatcher";
import type { TourismService } from "./service";

/** The tourism area's API methods, answered from the running content. */
export function createTourismHandlers(tourism: TourismService): HandlerTable<(typeof TOURISM_METHODS)[number]> {
  return {
    listAttractions: ({ lang }) => tourism.listAttractions(lang),
    getAttraction: ({ lang, id }) => {
      const attraction = tourism.getAttraction(lang, id);
      if (!attraction) throw new ApiFailure("not_found", `no attraction with id ${id}`);
      return attraction;
    },
    listTourRoutes: ({ lang }) => tourism.listRoutes(lang),
    listEvents: ({ lang }) => tourism.listEvents(lang),
  };
}
