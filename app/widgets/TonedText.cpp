#include "TonedText.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace shopcast::app {

namespace {

constexpr const char *kKeeperName = "shopcastTonedText";
constexpr const char *kWatcherName = "shopcastPaletteWatcher";

// Qt tells a palette switch to the application object (and to child
// widgets, not to top-level ones): one filter on the application, owned by
// it, passes it on to every TonedText, rather than one filter per widget
// that every event of the process would pass through.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher *of(QCoreApplication *app)
    {
        if (auto *found = static_cast<PaletteWatcher *>(app->findChild<QObject *>(QLatin1String(kWatcherName), Qt::FindDirectChildrenOnly)))
            return found;
        auto *watcher = new PaletteWatcher(app);
        app->installEventFilter(watcher);
        return watcher;
    }
    void add(const std::function<void()> &refresh, QObject *owner) { m_keepers.append({QPointer<QObject>(owner), refresh}); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::ApplicationPaletteChange) {
            m_keepers.removeIf([](const Keeper &k) { return k.owner.isNull(); });
            for (const Keeper &k : std::as_const(m_keepers))
                k.refresh();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit PaletteWatcher(QCoreApplication *app)
        : QObject(app)
    {
        setObjectName(QLatin1String(kWatcherName));
    }
    struct Keeper
    {
        QPointer<QObject> owner;
        std::function<void()> refresh;
    };
    QList<Keeper> m_keepers;
};

} // namespace

TonedText::TonedText(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    setObjectName(QLatin1String(kKeeperName));
    if (QCoreApplication *app = QCoreApplication::instance())
        PaletteWatcher::of(app)->add([this] { refresh(); }, this);
}

void TonedText::apply(QWidget *widget, style::Tone tone, const QString &extraCss, const QString &selector)
{
    auto *keeper = widget->findChild<TonedText *>(QLatin1String(kKeeperName), Qt::FindDirectChildrenOnly);
    if (!keeper)
        keeper = new TonedText(widget);
    keeper->m_tone = tone;
    keeper->m_extraCss = extraCss;
    keeper->m_selector = selector;
    keeper->refresh();
}

void TonedText::clear(QWidget *widget)
{
    delete widget->findChild<TonedText *>(QLatin1String(kKeeperName), Qt::FindDirectChildrenOnly);
    widget->setStyleSheet(QString());
}

void TonedText::refresh()
{
    QString css = m_extraCss;
    if (!css.isEmpty() && !css.endsWith(QLatin1Char(';')))
        css += QLatin1Char(';');
    css += QStringLiteral("color:%1").arg(style::Tones::text(m_tone).name());
    if (!m_selector.isEmpty())
        css = m_selector + QLatin1Char('{') + css + QLatin1Char('}');
    // Setting the same sheet again would restyle the widget for nothing.
    if (m_widget->styleSheet() != css)
        m_widget->setStyleSheet(css);
}

} // namespace shopcast::app
