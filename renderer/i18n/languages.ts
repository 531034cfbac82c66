import type { Lang } from "../../main/api/contract";

/** Each language named in itself, as the language picker shows it (no flags: design §3). */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  "zh-Hans": "简体中文",
  en: "English",
  ja: "日本語",
  ko: "한국어",
  ru: "Русский",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  ar: "العربية",
  th: "ไทย",
};

/** The greeting the attract screen cycles through, in each language. */
export const GREETINGS: Record<Lang, string> = {
  "zh-Hans": "欢迎来到重庆",
  en: "Welcome to Chongqing",
  ja: "重慶へようこそ",
  ko: "충칭에 오신 것을 환영합니다",
  ru: "Добро пожаловать в Чунцин",
  fr: "Bienvenue à Chongqing",
  de: "Willkommen in Chongqing",
  es: "Bienvenido a Chongqing",
  ar: "أهلاً بكم في تشونغتشينغ",
  th: "ยินดีต้อนรับสู่ฉงชิ่ง",
};

export const TOUCH_TO_START: Record<Lang, string> = {
  "zh-Hans": "触摸屏幕开始",
  en: "Touch the screen to start",
  ja: "画面にタッチして開始",
  ko: "화면을 터치하여 시작하세요",
  ru: "Коснитесь экрана, чтобы начать",
  fr: "Touchez l’écran pour commencer",
  de: "Berühren Sie den Bildschirm, um zu beginnen",
  es: "Toque la pantalla para empezar",
  ar: "المس الشاشة للبدء",
  th: "แตะหน้าจอเพื่อเริ่มต้น",
};
