#include "FiltersDialog.hpp"

#include "PreviewWidget.hpp"
#include "widgets/PropertiesForm.hpp"
#include "widgets/TonedText.hpp"

#include "style/Tones.hpp"

#include "audio/VoicePreset.hpp"
#include "broadcast/FilterCatalog.hpp"
#include "broadcast/FiltersModel.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcast::app {

using broadcast::FilterCatalog;
using broadcast::FilterSpec;

FiltersDialog::FiltersDialog(broadcast::SceneEditor &scenes, broadcast::ProgramView &program, const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_scenes(scenes)
    , m_source(sourceName)
    , m_model(new broadcast::FiltersModel(scenes, this))
{
    setObjectName(QStringLiteral("filtersDialog"));
    setWindowTitle(tr("Filters of %1").arg(sourceName));
    m_model->setSource(sourceName);

    auto *left = new QVBoxLayout;
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("filterList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumWidth(200);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addFilter"));
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add filter"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(add);
    // The picture's filters, then the sound's; those that cannot act on this
    // source (a colour key on a microphone) are shown but greyed.
    const bool hasAudio = scenes.hasAudio(sourceName);
    const bool hasVideo = scenes.hasVideo(sourceName);
    for (const bool audio : {false, true}) {
        kinds->addSection(audio ? tr("Sound") : tr("Picture"));
        if (audio) {
            QAction *preset = kinds->addAction(tr("Host voice chain (主播人声): suppression, gate, compressor, limiter"), this, [this] {
                QString error;
                if (!audio::VoicePreset::applyTo(m_scenes, m_source, &error))
                    say(error);
                select(m_model->rowCount() - 1);
            });
            preset->setObjectName(QStringLiteral("voicePreset"));
            preset->setEnabled(hasAudio);
        }
        for (const FilterCatalog::Kind &kind : FilterCatalog::kinds()) {
            if (kind.audio != audio)
                continue;
            QAction *action = kinds->addAction(kind.label, this, [this, id = kind.id] { addFilter(id); });
            action->setEnabled(audio ? hasAudio : hasVideo);
            if (!action->isEnabled())
                action->setToolTip(audio ? tr("%1 makes no sound").arg(sourceName) : tr("%1 has no picture").arg(sourceName));
            // A kind no loaded module provides cannot be added (a saved one is kept).
            if (!scenes.offersKind(kind.id)) {
                action->setEnabled(false);
                action->setToolTip(tr("Not available: no loaded libobs module provides %1").arg(kind.id));
            }
        }
    }
    kinds->setToolTipsVisible(true);
    add->setMenu(kinds);
    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *remove = button(QStringLiteral("−"), tr("Remove filter"));
    QToolButton *up = button(QString(), tr("Move up (applied earlier)"));
    up->setArrowType(Qt::UpArrow);
    QToolButton *down = button(QString(), tr("Move down (applied later)"));
    down->setArrowType(Qt::DownArrow);
    QToolButton *copy = button(tr("Copy"), tr("Copy the filter, to paste on another source"));
    QToolButton *pasteButton = button(tr("Paste"), tr("Paste copied filters onto this source"));
    for (QToolButton *b : {add, remove, up, down, copy, pasteButton})
        buttons->addWidget(b);
    buttons->addStretch();
    left->addLayout(buttons);

    auto *right = new QVBoxLayout;
    m_preview = new PreviewWidget(program, this, sourceName);
    m_preview->setMinimumSize(320, 180);
    // A microphone has no picture to preview; its meter is in the mixer.
    m_preview->setVisible(hasVideo);
    right->addWidget(m_preview, 1);
    m_form = new PropertiesForm(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setMinimumHeight(160);
    right->addWidget(scroll, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    TonedText::apply(m_problem, style::Tone::Danger);
    right->addWidget(m_problem);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    root->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QToolButton::clicked, this, &FiltersDialog::removeSelected);
    connect(up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(copy, &QToolButton::clicked, this, &FiltersDialog::copySelected);
    connect(pasteButton, &QToolButton::clicked, this, &FiltersDialog::paste);
    connect(m_model, &broadcast::FiltersModel::refused, this, &FiltersDialog::say);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &FiltersDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { select(0); });
    connect(&scenes, &broadcast::SceneEditor::collectionChanged, this, &FiltersDialog::follow);
    connect(m_form, &PropertiesForm::edited, this, [this](const QJsonObject &settings, bool continuing) {
        const int row = selectedRow();
        const FilterSpec *f = m_model->filterAt(row);
        if (!f)
            return;
        // A copy: the edit replaces the collection the filter lives in.
        const QString kind = f->kind;
        QString error;
        if (!m_scenes.setFilterSettings(m_source, row, settings, &error, continuing))
            return say(error);
        // A choice may show or hide other rows (a custom key colour).
        m_form->updateVisibility(m_scenes.propertiesOf(kind, settings));
    });
    select(0);
    resize(900, 560);
}

FiltersDialog::~FiltersDialog() = default;

int FiltersDialog::selectedRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void FiltersDialog::select(int row)
{
    if (m_model->rowCount() == 0) {
        showSelected();
        return;
    }
    m_list->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1)));
    showSelected();
}

void FiltersDialog::showSelected()
{
    const FilterSpec *f = m_model->filterAt(selectedRow());
    const QString shown = f ? f->name + QLatin1Char('\n') + f->kind : QString();
    if (f && shown == m_formFilter && m_form->settings() == f->settings)
        return; // the form's own edit came back: keep the row being dragged
    m_formFilter = shown;
    if (!f) {
        m_form->setSheet({}, {});
        return;
    }
    m_form->setSheet(m_scenes.propertiesOf(f->kind, f->settings), f->settings);
}

void FiltersDialog::open(broadcast::SceneEditor &scenes, broadcast::ProgramView &program, const QString &name, QWidget *window)
{
    const QString objectName = QStringLiteral("filters:%1").arg(name);
    if (auto *open = window->findChild<FiltersDialog *>(objectName)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new FiltersDialog(scenes, program, name, window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FiltersDialog::follow()
{
    // The source went (an undo of its adding, a removal elsewhere): nothing to edit.
    if (!m_scenes.collection().filtersOf(m_source)) {
        close();
        return;
    }
    showSelected(); // an undo or a remote client changed the settings
}

void FiltersDialog::say(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void FiltersDialog::addFilter(const QString &kind)
{
    const QList<FilterSpec> *filters = m_scenes.collection().filtersOf(m_source);
    if (!filters)
        return;
    const FilterSpec filter{FilterCatalog::uniqueName(*filters, FilterCatalog::labelOf(kind)), kind, true, {}};
    QString error;
    if (!m_scenes.addFilter(m_source, filter, &error))
        return say(error);
    say({});
    select(m_model->rowCount() - 1);
}

void FiltersDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QString error;
    if (!m_scenes.removeFilter(m_source, row, &error))
        return say(error);
    say({});
    select(row);
}

void FiltersDialog::moveSelected(int by)
{
    const int row = selectedRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    QString error;
    if (!m_scenes.moveFilter(m_source, row, to, &error))
        return say(error);
    say({});
    select(to);
}

void FiltersDialog::copySelected()
{
    const FilterSpec *f = m_model->filterAt(selectedRow());
    if (!f)
        return;
    const QByteArray json = QJsonDocument(QJsonArray{f->toJson()}).toJson(QJsonDocument::Compact);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kClipboardMime), json);
    QApplication::clipboard()->setMimeData(mime);
}

void FiltersDialog::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QByteArray json = mime ? mime->data(QString::fromLatin1(kClipboardMime)) : QByteArray();
    if (json.isEmpty())
        return say(tr("Nothing to paste: copy a filter first"));
    if (json.size() > kMaxClipboardBytes)
        return say(tr("The copied filters are over %1 MiB; not pasted").arg(kMaxClipboardBytes >> 20));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray())
        return say(tr("The clipboard does not hold filters: %1").arg(parseError.errorString()));
    const QJsonArray copied = doc.array();
    for (const auto &value : copied) {
        FilterSpec filter = FilterSpec::fromJson(value.toObject());
        const QList<FilterSpec> *filters = m_scenes.collection().filtersOf(m_source);
        if (!filters)
            return;
        // The same name on this source gets a number, as a second copy does.
        filter.name = FilterCatalog::uniqueName(*filters, filter.name);
        QString error;
        if (!m_scenes.addFilter(m_source, filter, &error))
            return say(error);
    }
    say({});
    select(m_model->rowCount() - 1);
}

} // namespace shopcast::app
