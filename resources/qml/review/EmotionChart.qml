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

    onStagesChanged: canvas.requestPaint()
    onAsIsColorChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

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

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            ctx.lineWidth = Math.max(1, chart.u);
            ctx.strokeStyle = chart.gridColor;
            for (const v of [2, 0, -2]) {
                ctx.beginPath();
                ctx.moveTo(chart.axisWidth, chart.yAt(v));
                ctx.lineTo(chart.width, chart.yAt(v));
                ctx.stroke();
            }
            const series = [[chart.asIsColor, "asIs", 4], [chart.toBeColor, "toBe", 7]];
            for (const s of series) {
                ctx.strokeStyle = s[0];
                ctx.fillStyle = s[0];
                ctx.lineWidth = s[2] * chart.u;
                ctx.beginPath();
                for (let i = 0; i < chart.stages.length; ++i) {
                    const x = chart.xAt(i), y = chart.yAt(chart.stages[i][s[1]]);
                    if (i === 0)
                        ctx.moveTo(x, y);
                    else
                        ctx.lineTo(x, y);
                }
                ctx.stroke();
                for (let i = 0; i < chart.stages.length; ++i) {
                    ctx.beginPath();
                    ctx.arc(chart.xAt(i), chart.yAt(chart.stages[i][s[1]]), (s[2] + 5) * chart.u, 0, 2 * Math.PI);
                    ctx.fill();
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
