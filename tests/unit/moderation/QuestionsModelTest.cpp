// The buyers' questions: taken in at most every flush interval, one insert
// per group, the budget kept, and the model sound for Qt's views throughout.
#include "CatchQt.hpp"

#include "moderation/QuestionsModel.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace shopcast;
using moderation::QuestionsModel;

namespace {

chat::ChatEvent question(int n)
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("bilibili");
    e.id = QString::number(n);
    e.userId = QStringLiteral("u%1").arg(n);
    e.userName = QStringLiteral("买家%1").arg(n);
    e.text = QStringLiteral("第%1个问题：多少钱？").arg(n);
    return e;
}

QStringList texts(const QuestionsModel &model, int group)
{
    QStringList out;
    const QModelIndex parent = model.index(group, 0);
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data().toString());
    return out;
}

} // namespace

TEST_CASE("questions: a burst is taken in at the flush, one insert per group, in the order asked", "[questions]")
{
    QuestionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy open(&model, &QuestionsModel::openCountChanged);
    for (int n = 1; n <= 30; ++n)
        model.add(question(n), n <= 20 ? QStringLiteral("CUP") : QStringLiteral("LIP"), n <= 20 ? QStringLiteral("保温杯") : QStringLiteral("口红"));
    CHECK(model.rowCount() == 0); // nothing until the flush: a view lays out once, not 30 times
    CHECK(inserted.isEmpty());
    CHECK(model.openCount() == 0);

    model.flush();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.rowCount(model.index(0, 0)) == 20);
    CHECK(model.rowCount(model.index(1, 0)) == 10);
    CHECK(model.openCount() == 30);
    CHECK(open.count() == 1);
    // Two groups made, then one insert of each group's questions.
    CHECK(inserted.count() == 4);
    CHECK(texts(model, 0).first() == QStringLiteral("第1个问题：多少钱？"));
    CHECK(texts(model, 1).last() == QStringLiteral("第30个问题：多少钱？"));

    // Back to the first product: its questions join its group.
    inserted.clear();
    model.add(question(31), QStringLiteral("CUP"), QStringLiteral("保温杯"));
    model.flush();
    CHECK(inserted.count() == 1);
    CHECK(texts(model, 0).last() == QStringLiteral("第31个问题：多少钱？"));
    model.flush(); // nothing waiting: nothing changes
    CHECK(inserted.count() == 1);
}

TEST_CASE("questions: the flush timer takes them in without being asked", "[questions]")
{
    QuestionsModel model(10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.add(question(1), QStringLiteral("CUP"), QStringLiteral("保温杯"));
    REQUIRE_EVENTUALLY(model.openCount() == 1, 10'000);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("questions: keys name a question from add to the end, and the budget drops the oldest", "[questions]")
{
    QuestionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.add(question(0), QStringLiteral("OLD"), QStringLiteral("旧品"));
    model.flush();
    const quint64 oldKey = model.index(0, 0, model.index(0, 0)).data(QuestionsModel::KeyRole).toULongLong();
    REQUIRE(model.setState(model.indexOfKey(oldKey), QuestionsModel::State::Answered));
    CHECK(model.openCount() == 0);

    // A budget's worth and one more in two flushes: the oldest go, the open count follows.
    for (int n = 1; n < QuestionsModel::kMaxQuestions; ++n)
        model.add(question(n), QStringLiteral("CUP"), QStringLiteral("保温杯"));
    model.flush();
    CHECK(model.rowCount() == 2);
    CHECK(model.openCount() == QuestionsModel::kMaxQuestions - 1);
    model.add(question(QuestionsModel::kMaxQuestions), QStringLiteral("CUP"), QStringLiteral("保温杯"));
    model.add(question(QuestionsModel::kMaxQuestions + 1), QStringLiteral("CUP"), QStringLiteral("保温杯"));
    model.flush();
    // OLD's answered question and CUP's first went: the group went with its last question.
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(QuestionsModel::SkuRole).toString() == QStringLiteral("CUP"));
    CHECK(model.rowCount(model.index(0, 0)) == QuestionsModel::kMaxQuestions);
    CHECK(model.openCount() == QuestionsModel::kMaxQuestions);
    CHECK_FALSE(model.indexOfKey(oldKey).isValid());
    CHECK(texts(model, 0).first() == QStringLiteral("第2个问题：多少钱？"));

    // More waiting than the budget: only the newest budget's worth is taken in.
    for (int n = 0; n < QuestionsModel::kMaxQuestions + 10; ++n)
        model.add(question(100'000 + n), QStringLiteral("LIP"), QStringLiteral("口红"));
    model.flush();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(QuestionsModel::SkuRole).toString() == QStringLiteral("LIP"));
    CHECK(texts(model, 0).first() == QStringLiteral("第100010个问题：多少钱？"));
    CHECK(model.openCount() == QuestionsModel::kMaxQuestions);
}
