// The customer's emotion stage by stage, as-is and to-be (the mean of each stage's steps, −2 … +2).
pragma ComponentBehavior: Bound
import QtQuick

Item {
    id: chart

    required property var stages // [{name, asIs, toBe}]
    required property Theme theme
    required property real u
    readonly property real axisWidth: 170 * u
    readonly property real labelHeight: 64 * u
    readonly property real plotWidth: width - axisWidth
    readonly property real plotHeight: height - labelHeight
    readonly property color asIsColor: theme.asIs
    readonly property color toBeColor: theme.toBe
    readonly property color gridColor: theme.grid

    function xAt(i: int): real {
        return chart.axisWidth + (i + 0.5) * chart.plotWidth / Math.max(1, chart.stages.length);
    }
    function yAt(emotion: real): real {
        return (2 - emotion) / 4 * (chart.plotHeight - 24 * chart.u) + 12 * chart.u;
    }

    Repeater {
        model: [{
                "value": 2,
                "label": qsTr("Delighted")
            }, {
                "value": 0,
                "label": qsTr("Neutral")
            }, {
                "value": -2,
                "label": qsTr("Upset")
            }]
        delegate: Text {
            required property var modelData
            width: chart.axisWidth - 16 * chart.u
            y: chart.yAt(modelData.value) - height / 2
            text: modelData.label
            color: chart.theme.muted
            font.pixelSize: 22 * chart.u
            horizontalAlignment: Text.AlignRight
        }
    }

    // Lines and dots are plain items, not a Canvas: a Canvas paints a frame late, and the deck and
    // the screenshot grab at once.
    Repeater {
        model: [2, 0, -2]
        delegate: Rectangle {
            required property int modelData
            x: chart.axisWidth
            y: chart.yAt(modelData)
            width: chart.plotWidth
            height: Math.max(1, chart.u)
            color: chart.gridColor
        }
    }

    Repeater {
        model: [{
                "key": "asIs",
                "width": 4
            }, {
                "key": "toBe",
                "width": 7
            }]
        delegate: Item {
            id: series
            required property var modelData
            readonly property color lineColor: series.modelData.key === "toBe" ? chart.toBeColor : chart.asIsColor
            readonly property real lineWidth: series.modelData.width * chart.u
            anchors.fill: parent

            Repeater {
                model: Math.max(0, chart.stages.length - 1)
                delegate: Rectangle {
                    required property int index
                    readonly property real x1: chart.xAt(index)
                    readonly property real y1: chart.yAt(chart.stages[index][series.modelData.key])
                    readonly property real x2: chart.xAt(index + 1)
                    readonly property real y2: chart.yAt(chart.stages[index + 1][series.modelData.key])
                    x: x1
                    y: y1 - height / 2
                    width: Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1))
                    height: series.lineWidth
                    transformOrigin: Item.Left
                    rotation: Math.atan2(y2 - y1, x2 - x1) * 180 / Math.PI
                    antialiasing: true
                    color: series.lineColor
                }
            }
            Repeater {
                model: chart.stages.length
                delegate: Rectangle {
                    required property int index
                    width: series.lineWidth + 18 * chart.u
                    height: width
                    radius: width / 2
                    x: chart.xAt(index) - width / 2
                    y: chart.yAt(chart.stages[index][series.modelData.key]) - height / 2
                    color: series.lineColor
                }
            }
        }
    }

    Repeater {
        model: chart.stages
        delegate: Text {
            required property var modelData
            required property int index
            width: chart.plotWidth / Math.max(1, chart.stages.length) - 12 * chart.u
            x: chart.xAt(index) - width / 2
            y: chart.plotHeight + 12 * chart.u
            text: modelData.name
            color: chart.theme.text
            font.pixelSize: 22 * chart.u
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
