#pragma once

#include <QtGlobal>

namespace shopcast::remote {

// The numbers of the obs-websocket 5.x protocol (RPC version 1), as its
// protocol document names them: what every client library expects.
namespace OpCode {
constexpr int Hello = 0;
constexpr int Identify = 1;
constexpr int Identified = 2;
constexpr int Reidentify = 3;
constexpr int Event = 5;
constexpr int Request = 6;
constexpr int RequestResponse = 7;
constexpr int RequestBatch = 8;
constexpr int RequestBatchResponse = 9;
} // namespace OpCode

namespace CloseCode {
constexpr int UnknownReason = 4000;
constexpr int MessageDecodeError = 4002;
constexpr int MissingDataField = 4003;
constexpr int InvalidDataFieldType = 4004;
constexpr int InvalidDataFieldValue = 4005;
constexpr int UnknownOpCode = 4006;
constexpr int NotIdentified = 4007;
constexpr int AlreadyIdentified = 4008;
constexpr int AuthenticationFailed = 4009;
constexpr int UnsupportedRpcVersion = 4010;
constexpr int SessionInvalidated = 4011;
constexpr int UnsupportedFeature = 4012;
} // namespace CloseCode

namespace RequestStatus {
constexpr int Success = 100;
constexpr int MissingRequestType = 203;
constexpr int UnknownRequestType = 204;
constexpr int GenericError = 205;
constexpr int UnsupportedRequestBatchExecutionType = 206;
constexpr int NotReady = 207;
constexpr int MissingRequestField = 300;
constexpr int MissingRequestData = 301;
constexpr int InvalidRequestField = 400;
constexpr int InvalidRequestFieldType = 401;
constexpr int RequestFieldOutOfRange = 402;
constexpr int RequestFieldEmpty = 403;
constexpr int OutputRunning = 500;
constexpr int OutputNotRunning = 501;
constexpr int StudioModeActive = 505;
constexpr int StudioModeNotActive = 506;
constexpr int ResourceNotFound = 600;
constexpr int InvalidResourceState = 604;
constexpr int RequestProcessingFailed = 702;
constexpr int CannotAct = 703;
} // namespace RequestStatus

// Which events a client asked for (Identify's eventSubscriptions).
namespace EventSubscription {
constexpr quint32 General = 1u << 0;
constexpr quint32 Config = 1u << 1;
constexpr quint32 Scenes = 1u << 2;
constexpr quint32 Inputs = 1u << 3;
constexpr quint32 Transitions = 1u << 4;
constexpr quint32 Filters = 1u << 5;
constexpr quint32 Outputs = 1u << 6;
constexpr quint32 SceneItems = 1u << 7;
constexpr quint32 MediaInputs = 1u << 8;
constexpr quint32 Vendors = 1u << 9;
constexpr quint32 Ui = 1u << 10;
// What a client gets when it names none: every low-volume category.
constexpr quint32 All = General | Config | Scenes | Inputs | Transitions | Filters | Outputs | SceneItems | MediaInputs | Vendors | Ui;
} // namespace EventSubscription

// What the studio answers to on the wire.
constexpr int kRpcVersion = 1;
// The obs-websocket version whose requests and events these are.
constexpr const char *kObsWebSocketVersion = "5.1.0";
constexpr const char *kSubprotocolJson = "obswebsocket.json";
constexpr const char *kSubprotocolMsgPack = "obswebsocket.msgpack";

} // namespace shopcast::remote
