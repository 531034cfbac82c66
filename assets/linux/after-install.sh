#!/bin/sh
# Starts the kiosk when the kiosk user's desktop session starts (all users; XDG autostart).
set -e
mkdir -p /etc/xdg/autostart
cat > /etc/xdg/autostart/jiangbei-arrivals-kiosk.desktop <<'DESKTOP'
[Desktop Entry]
Type=Application
Name=Jiangbei Arrivals Kiosk
Exec=/opt/Jiangbei\ Arrivals\ Kiosk/jiangbei-arrivals-kiosk
X-GNOME-Autostart-enabled=true
DESKTOP
