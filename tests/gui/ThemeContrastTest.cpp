// Text is legible on both themes: every text colour the studio uses reads at
// 4.5:1 or more against its background (WCAG AA). The palette roles, the
// studio's own tones, the fixed colour pairs of cards, rows and banners, and
// the rhythm countdown as the dock paints it in the dark theme (it was dark
// grey on dark grey).
#include "CatchQt.hpp"

#include "StudioStyle.hpp"
#include "Theme.hpp"
#include "docks/RhythmDock.hpp"
#include "widgets/TonedText.hpp"

#include "actions/ActionRegistry.hpp"
#include "core/MonotonicClock.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowActions.hpp"
#include "style/Tones.hpp"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QRegularExpression>

using namespace shopcast;
using style::Tone;
using style::Tones;

namespace {

constexpr double kAA = 4.5;

void checkPair(const char *what, const QColor &text, const QColor &background)
{
    INFO(what << ": " << text.name().toStdString() << " on " << background.name().toStdString() << " = " << Tones::contrast(text, background));
    CHECK(Tones::contrast(text, background) >= kAA);
}

// The colour a style sheet gives its text ("...;color:#rrggbb;...").
QColor styleSheetColour(const QString &css)
{
    static const QRegularExpression colour(QStringLiteral("(?:^|;)\\s*color:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch m = colour.match(css);
    return m.hasMatch() ? QColor(m.captured(1)) : QColor();
}

// The colour a label's text is drawn in: its sheet's, or else its palette's.
QColor shownColour(const QLabel *label)
{
    const QColor sheet = styleSheetColour(label->styleSheet());
    return sheet.isValid() ? sheet : label->palette().color(QPalette::WindowText);
}

// The rhythm dock on a one-slot plan, its clock in the test's hands.
struct RhythmPanel
{
    core::ManualClock clock;
    show::RundownSession session{clock, nullptr};
    actions::ActionRegistry registry;
    std::unique_ptr<app::RhythmDock> dock; // made once the plan and its actions are there

    RhythmPanel()
    {
        session.setPolling(false);
        rundown::ShowPlan plan;
        plan.title = QStringLiteral("周五专场");
        plan.slotList = {{rundown::SlotKind::Product, 180'000, QStringLiteral("DEMO-CUP"), {}}};
        session.setPlan(plan);
        show::ShowActions::registerRhythm(registry, session);
        dock = std::make_unique<app::RhythmDock>(session, registry);
    }
    QLabel *countdown()
    {
        auto *label = dock->findChild<QLabel *>(QStringLiteral("rhythmCountdown"));
        REQUIRE(label);
        return label;
    }
};

} // namespace

TEST_CASE("both themes: every text role and every studio tone reads at 4.5:1", "[gui][theme][contrast]")
{
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        INFO(theme.toStdString());
        const QPalette p = app::Theme::palette(theme);
        const struct
        {
            const char *name;
            QPalette::ColorRole text, background;
        } roles[] = {{"window text", QPalette::WindowText, QPalette::Window},
                     {"text", QPalette::Text, QPalette::Base},
                     {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
                     {"button text", QPalette::ButtonText, QPalette::Button},
                     {"highlighted text", QPalette::HighlightedText, QPalette::Highlight},
                     {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
                     {"placeholder", QPalette::PlaceholderText, QPalette::Base},
                     {"link", QPalette::Link, QPalette::Base}};
        // Disabled text is left out, as WCAG leaves out inactive controls.
        for (const auto &r : roles)
            checkPair(r.name, p.color(QPalette::Active, r.text), p.color(QPalette::Active, r.background));
        for (const Tone tone : {Tone::Danger, Tone::Success, Tone::Warning, Tone::Muted}) {
            checkPair("tone on window", Tones::text(tone, p), p.color(QPalette::Window));
            checkPair("tone on base", Tones::text(tone, p), p.color(QPalette::Base));
        }
    }
    // The pairs that set both colours, whatever the theme.
    checkPair("banner and live buttons", Qt::white, Tones::alarmBackground());
    checkPair("rhythm cue", Qt::white, QColor(0xbf, 0x36, 0x0c));
    checkPair("lineup: the product on air", QColor(0x21, 0x21, 0x21), QColor(0xff, 0xe0, 0xb2));
    checkPair("lineup: sold out", QColor(0x61, 0x61, 0x61), QColor(0xee, 0xee, 0xee));
    checkPair("chat: a buyer's question", QColor(0x21, 0x21, 0x21), QColor(0xff, 0xf3, 0xc4));
}

TEST_CASE("dark theme: the rhythm countdown reads against the dock, before and while it runs", "[gui][theme][contrast][rhythm]")
{
    app::Theme::apply(*qApp, QStringLiteral("dark"));
    {
        RhythmPanel panel;
        core::ManualClock &clock = panel.clock;
        show::RundownSession &session = panel.session;
        actions::ActionRegistry &registry = panel.registry;
        app::RhythmDock &dock = *panel.dock;
        QLabel *countdown = panel.countdown();
        const QColor window = dock.palette().color(QPalette::Window);
        checkPair("countdown before the show", shownColour(countdown), window);
        REQUIRE(registry.invoke(QStringLiteral("rhythm.start"), actions::Origin::Dock).ok);
        clock.setMs(10'000);
        session.clock().update();
        dock.refresh();
        checkPair("countdown running", shownColour(countdown), window);
        clock.setMs(200'000);
        session.clock().update();
        dock.refresh();
        checkPair("countdown overrun", shownColour(countdown), window);
    }
    app::Theme::apply(*qApp, QStringLiteral("light"));
}

TEST_CASE("switching the theme with windows open: toned texts take the new theme's shade at once", "[gui][theme][contrast]")
{
    app::Theme::apply(*qApp, QStringLiteral("light"));
    {
        RhythmPanel panel;
        QLabel *countdown = panel.countdown();
        QLabel error;
        app::TonedText::apply(&error, Tone::Danger, QStringLiteral("font-weight:bold"));
        QLabel plain;
        app::TonedText::apply(&plain, Tone::Danger);
        app::TonedText::clear(&plain); // cleared: follows the palette, no sheet
        CHECK(shownColour(&error) == Tones::text(Tone::Danger, app::Theme::palette(QStringLiteral("light"))));
        CHECK(shownColour(countdown) == Tones::text(Tone::Muted, app::Theme::palette(QStringLiteral("light"))));

        // Settings switches the theme; nothing is rebuilt.
        app::Theme::apply(*qApp, QStringLiteral("dark"));
        const QPalette dark = app::Theme::palette(QStringLiteral("dark"));
        CHECK(shownColour(&error) == Tones::text(Tone::Danger, dark));
        CHECK(error.styleSheet().contains(QStringLiteral("font-weight:bold")));
        CHECK(shownColour(countdown) == Tones::text(Tone::Muted, dark));
        checkPair("countdown after the switch", shownColour(countdown), dark.color(QPalette::Window));
        CHECK(plain.styleSheet().isEmpty());

        app::Theme::apply(*qApp, QStringLiteral("light"));
        CHECK(shownColour(&error) == Tones::text(Tone::Danger, app::Theme::palette(QStringLiteral("light"))));
    }
}

TEST_CASE("studio style: a checked radio or box is filled with the accent, an unticked table box is only an outline", "[gui][theme][style]")
{
    const QPalette dark = app::Theme::palette(QStringLiteral("dark"));
    app::StudioStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    auto draw = [&](QStyle::PrimitiveElement element, QStyle::State state, const QColor &background, const QColor &text) {
        QImage image(20, 20, QImage::Format_ARGB32);
        image.fill(background);
        QPainter painter(&image);
        QStyleOptionButton option;
        option.rect = image.rect();
        option.state = state | QStyle::State_Enabled;
        option.palette = dark;
        option.palette.setColor(QPalette::Text, text);
        style.drawPrimitive(element, &option, &painter);
        painter.end();
        return image;
    };
    const QColor onAir(0xff, 0xe0, 0xb2);
    // The on-air row's unticked 售罄 box: its inside is the row, not a dark square.
    const QImage unticked = draw(QStyle::PE_IndicatorItemViewItemCheck, QStyle::State_Off, onAir, QColor(0x21, 0x21, 0x21));
    CHECK(unticked.pixelColor(10, 10) == onAir);
    const QImage ticked = draw(QStyle::PE_IndicatorItemViewItemCheck, QStyle::State_On, onAir, QColor(0x21, 0x21, 0x21));
    CHECK(ticked.pixelColor(5, 5) == dark.color(QPalette::Highlight));
    // The wizard's chosen radio button: an accent disc with a white centre.
    const QImage radio = draw(QStyle::PE_IndicatorRadioButton, QStyle::State_On, dark.color(QPalette::Window), dark.color(QPalette::Text));
    CHECK(radio.pixelColor(10, 10) == QColor(Qt::white)); // 11:1 on the dark window
    CHECK(radio.pixelColor(10, 4) == dark.color(QPalette::Highlight));
}
