import { useTranslation } from "react-i18next";
import { AccessOptions } from "../components/AccessOptions";
import { DoneButton, LanguageButton } from "../components/Chrome";
import { Icon, type IconName } from "../components/Icon";
import { WifiQr } from "../components/WifiQr";
import { useKiosk } from "../context";
import type { Screen, Tile } from "../session";

const TILES: { tile: Tile; icon: IconName; screen: Screen }[] = [
  { tile: "inquiry", icon: "question", screen: { name: "inquiry" } },
  { tile: "payment", icon: "payment", screen: { name: "topic", tile: "payment" } },
  { tile: "communication", icon: "phone", screen: { name: "topic", tile: "communication" } },
  { tile: "transport", icon: "metro", screen: { name: "transport" } },
  { tile: "tourism", icon: "culture", screen: { name: "tourism" } },
];

/** The "1+4": one inquiry desk, four needs. */
export function HomeScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { open } = useKiosk();
  return (
    <section className="home" aria-labelledby="home-title">
      <header className="home-header">
        <div className="home-bar">
          <span className="home-brand">{t("app.name")}</span>
          <LanguageButton />
          <DoneButton />
        </div>
        <h1 id="home-title" className="home-title">
          {t("home.title")}
        </h1>
        <p className="home-subtitle">{t("home.subtitle")}</p>
        <AccessOptions />
      </header>
      <ul className="tiles">
        {TILES.map(({ tile, icon, screen }) => (
          <li key={tile} className={tile === "inquiry" ? "tile-wide" : undefined}>
            <button type="button" className={`tile tile-${tile}`} onClick={() => open(screen)}>
              <Icon name={icon} className="tile-icon" />
              <span className="tile-title">{t(`tiles.${tile}.title`)}</span>
              <span className="tile-subtitle">{t(`tiles.${tile}.subtitle`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <WifiQr />
    </section>
  );
}
