// The studio's palette (editor/journey's style), tuned so every text colour keeps a contrast of at
// least 4.5:1 on the background and on cards, in light and dark, for projectors.
import QtQuick

QtObject {
    property bool dark: false

    readonly property color background: dark ? "#1c1e22" : "#f6f5f2"
    readonly property color surface: dark ? "#2e3137" : "#ffffff"
    readonly property color border: dark ? "#4a4e56" : "#d5d3cc"
    readonly property color text: dark ? "#eef0f3" : "#1f2328"
    readonly property color muted: dark ? "#b8bec8" : "#4a4f57"
    readonly property color accent: dark ? "#6ca8f0" : "#1f5fae"
    readonly property color asIs: dark ? "#b8bec8" : "#4a4f57"
    readonly property color toBe: dark ? "#4cc99a" : "#17704f"
    readonly property color pain: dark ? "#ef8a8a" : "#a33434"
    readonly property color warning: dark ? "#f0a04b" : "#8f4700"
    readonly property color warningText: dark ? "#1f1a14" : "#ffffff"
    readonly property color moment: dark ? "#e8c14a" : "#7a5a00"
    readonly property color band: dark ? "#2b3a4e" : "#273c5a"
    readonly property color bandText: "#f4f6f8"
    readonly property color grid: dark ? "#3a3d44" : "#dcdad3"

    function verdictColor(verdict: string): color {
        if (verdict === "met")
            return toBe;
        if (verdict === "notMet")
            return pain;
        return warning;
    }
}
