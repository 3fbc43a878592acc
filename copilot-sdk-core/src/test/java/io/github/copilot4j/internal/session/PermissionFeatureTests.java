package io.github.copilot4j.internal.session;

import static io.github.copilot4j.internal.session.RequestRecordingChannel.event;
import static io.github.copilot4j.internal.session.RequestRecordingChannel.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.copilot4j.SessionConfig;
import io.github.copilot4j.config.ManagedSettings;
import io.github.copilot4j.event.SessionEvent;
import io.github.copilot4j.permission.PermissionApproval;
import io.github.copilot4j.permission.PermissionDecision;
import io.github.copilot4j.permission.PermissionDecisionContext;
import io.github.copilot4j.permission.PermissionHandler;
import io.github.copilot4j.permission.PermissionRequestContext;
import io.github.copilot4j.permission.ShellPermissionRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PermissionFeatureTests {

    private static final SessionEvent SHELL_REQUEST = event("permission.requested", """
            {"requestId": "perm-1", "permissionRequest": {"kind": "shell", "toolCallId": "call-1",
             "fullCommandText": "git status", "intention": "Show status",
             "commands": [{"identifier": "git", "readOnly": true}], "possiblePaths": [], "possibleUrls": [],
             "hasWriteFileRedirection": false, "canOfferSessionApproval": true}}""");

    private final RequestRecordingChannel channel = new RequestRecordingChannel();

    @Test
    void answersWithTheHandlersDecision() {
        List<PermissionRequestContext> contexts = new CopyOnWriteArrayList<>();
        feature(context -> {
            contexts.add(context);
            return PermissionDecision.approveForSession(PermissionApproval.of(context.request()).orElseThrow());
        }).onEvent(SHELL_REQUEST, channel);

        assertThat(contexts).singleElement().satisfies(context -> {
            assertThat(context.sessionId()).isEqualTo(RequestRecordingChannel.SESSION_ID);
            assertThat(context.requestId()).isEqualTo("perm-1");
            assertThat(context.managedSettingsEnabled()).isFalse();
            assertThat(context.request()).isInstanceOfSatisfying(ShellPermissionRequest.class,
                    shell -> assertThat(shell.fullCommandText()).isEqualTo("git status"));
        });
        assertThat(channel.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("session.permissions.handlePendingPermissionRequest");
            assertThat(sent.params()).isEqualTo(json("""
                    {"requestId": "perm-1", "sessionId": "session-1", "result": {"kind": "approve-for-session",
                     "approval": {"kind": "commands", "commandIdentifiers": ["git"]}}}"""));
        });
    }

    @Test
    void sendsTheDecisionContextNextToTheResult() {
        PermissionDecisionContext context = new PermissionDecisionContext(
                PermissionDecisionContext.Outcome.PROMPTED_USER, PermissionDecisionContext.Source.HUMAN_RESPONSE,
                PermissionDecisionContext.Surface.SDK);
        feature(request -> PermissionDecision.reject().withContext(context)).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).singleElement().satisfies(sent -> assertThat(sent.params()).isEqualTo(json("""
                {"requestId": "perm-1", "sessionId": "session-1", "result": {"kind": "reject"},
                 "decisionContext": {"outcome": "prompted_user", "source": "human_response", "surface": "sdk"}}""")));
    }

    @Test
    void anAttributedNoResultSendsNothing() {
        feature(request -> PermissionDecision.noResult().withContext(new PermissionDecisionContext(
                PermissionDecisionContext.Outcome.AUTO_APPROVED, PermissionDecisionContext.Source.HOST_POLICY,
                PermissionDecisionContext.Surface.SDK))).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void noResultSendsNothing() {
        feature(context -> PermissionDecision.noResult()).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void aThrowingHandlerDeniesAsUserNotAvailable() {
        feature(context -> {
            throw new IllegalStateException("no one there");
        }).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.params().at("/result")).isEqualTo(json(
                        "{\"kind\": \"user-not-available\"}")));
    }

    @Test
    void aHandlerRunningPastTheHandlerTimeoutDeniesAsUserNotAvailable() {
        channel.handlerTimeout(Duration.ofMillis(100));

        feature(context -> {
            new CountDownLatch(1).await();
            return PermissionDecision.approveOnce();
        }).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.params().at("/result")).isEqualTo(json(
                        "{\"kind\": \"user-not-available\"}")));
    }

    @Test
    void aNullDecisionDeniesAsUserNotAvailable() {
        feature(context -> null).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("user-not-available");
    }

    @Test
    void aDecisionTheCliRefusesIsFollowedByADenial() {
        channel.refuse(sent -> sent.params().at("/result/kind").asString().equals("approve-permanently"));

        feature(context -> PermissionDecision.approvePermanently("example.com")).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("approve-permanently", "user-not-available");
    }

    @Test
    void aRefusedDenialIsNotRepeated() {
        channel.refuse(sent -> true);

        feature(context -> PermissionDecision.userNotAvailable()).onEvent(SHELL_REQUEST, channel);

        assertThat(channel.sent()).hasSize(1);
    }

    @Test
    void skipsRequestsAHookResolved() {
        List<PermissionRequestContext> contexts = new CopyOnWriteArrayList<>();
        feature(context -> {
            contexts.add(context);
            return PermissionDecision.approveOnce();
        }).onEvent(event("permission.requested", """
                {"requestId": "perm-2", "resolvedByHook": true, "permissionRequest": {"kind": "read",
                 "path": "/tmp", "intention": "List"}}"""), channel);

        assertThat(contexts).isEmpty();
        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void ignoresOtherEvents() {
        feature(context -> PermissionDecision.approveOnce())
                .onEvent(event("permission.completed", "{\"requestId\": \"perm-1\", \"result\": {}}"), channel);

        assertThat(channel.sent()).isEmpty();
    }

    @Test
    void isPresentOnlyWithAHandlerAndKnowsAboutManagedSettings() {
        assertThat(PermissionFeature.forConfig(SessionConfig.defaults())).isEmpty();

        List<PermissionRequestContext> contexts = new CopyOnWriteArrayList<>();
        SessionConfig managed = SessionConfig.builder()
                .managedSettings(new ManagedSettings(null))
                .onPermissionRequest(context -> {
                    contexts.add(context);
                    return PermissionHandler.approveAll().handle(context);
                })
                .build();
        PermissionFeature.forConfig(managed).orElseThrow().onEvent(SHELL_REQUEST, channel);

        assertThat(contexts).singleElement().returns(true, PermissionRequestContext::managedSettingsEnabled);
        assertThat(channel.sent()).extracting(sent -> sent.params().at("/result/kind").asString())
                .containsExactly("user-not-available");
    }

    private static PermissionFeature feature(PermissionHandler handler) {
        return new PermissionFeature(handler, false);
    }
}
