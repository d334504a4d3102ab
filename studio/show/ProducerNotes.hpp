#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace shopcast::show {

// The producer's word to the host ("讲优惠", "库存只剩 20"): shown on a
// banner in the host's window, never on stream, until the host dismisses it.
// One note at a time; a new one replaces the last (the host reads the
// newest). Notes land on the show timeline through the action that posts
// them, so a replay shows what the host was told and when.
class ProducerNotes : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxChars = 500;

    struct Note
    {
        QString text;
        QString from; // who sent it: a remote client's role and address, or empty (the host)
        qint64 postedAtMs = 0;
        QJsonObject toJson() const;
    };

    explicit ProducerNotes(QObject *parent = nullptr);

    // False (nothing changes) for an empty note; longer ones are cut to kMaxChars.
    bool post(const QString &text, const QString &from, qint64 nowMs);
    // False when there was none.
    bool dismiss();
    const std::optional<Note> &current() const { return m_note; }

signals:
    // A note came (the banner shows it) or went (none).
    void changed();

private:
    std::optional<Note> m_note;
};

} // namespace shopcast::show
