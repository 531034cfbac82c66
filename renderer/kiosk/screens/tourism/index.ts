export { AttractionScreen } from "./Attraction";
export { TourismScreen } from "./Tourism";
