#include "DestinationsDock.hpp"

#include "broadcast/DestinationsModel.hpp"
#include "broadcast/OutputControl.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcast::app {

using broadcast::DestinationsModel;

DestinationsDock::DestinationsDock(broadcast::OutputControl &outputs, DestinationsModel &model, QWidget *parent)
    : QDockWidget(tr("Destinations (live)"), parent)
    , m_outputs(outputs)
    , m_model(model)
{
    setObjectName(QStringLiteral("destinationsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("destinationsTable"));
    m_table->setModel(&model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DestinationsModel::State, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *reconnect = new QPushButton(tr("Reconnect now"), body);
    reconnect->setObjectName(QStringLiteral("destinationReconnect"));
    reconnect->setToolTip(tr("Skip the wait: try the selected destination again now (or start it after a stop)"));
    auto *stop = new QPushButton(tr("Stop"), body);
    stop->setObjectName(QStringLiteral("destinationStop"));
    buttons->addWidget(reconnect);
    buttons->addWidget(stop);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(body);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setWidget(body);
    auto selected = [this] { return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (m_model.rowCount() == 1 ? 0 : -1); };
    connect(reconnect, &QPushButton::clicked, this, [this, selected] {
        QString error;
        if (selected() < 0)
            m_message->setText(tr("Select a destination."));
        else if (!m_outputs.restartDestination(selected(), &error))
            m_message->setText(error);
        else
            m_message->clear();
    });
    connect(stop, &QPushButton::clicked, this, [this, selected] {
        if (selected() >= 0)
            m_outputs.stopDestination(selected());
    });
    auto enable = [this, reconnect, stop, selected] {
        const broadcast::OutputState s = m_model.stateAt(selected());
        reconnect->setEnabled(m_outputs.isStreaming() && s != broadcast::OutputState::Live && s != broadcast::OutputState::Connecting);
        stop->setEnabled(s == broadcast::OutputState::Live || s == broadcast::OutputState::Connecting || s == broadcast::OutputState::Reconnecting);
        reconnect->setText(s == broadcast::OutputState::Reconnecting ? tr("Reconnect now") : tr("Start"));
    };
    connect(&model, &QAbstractItemModel::dataChanged, this, enable);
    connect(&model, &QAbstractItemModel::modelReset, this, enable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, enable);
    enable();
}

} // namespace shopcast::app
