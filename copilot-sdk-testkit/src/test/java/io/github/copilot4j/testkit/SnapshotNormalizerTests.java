package io.github.copilot4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.copilot4j.internal.wire.WireJson;
import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplaySnapshot.ToolCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class SnapshotNormalizerTests {

    @TempDir
    Path workDirectory;

    @Test
    void replacesTheSystemPromptByItsPlaceholder() {
        assertThat(normalize("""
                [{"role":"system","content":"You are the GitHub Copilot CLI..."}]"""))
                .containsExactly(Message.of("system", "${system}"));
    }

    @Test
    void stripsTheContextTheCliAddsToUserMessages() {
        List<Message> messages = normalize("""
                [{"role":"user","content":"<current_datetime>2026-11-26T12:43:31.661+00:00</current_datetime>\\n\\nWhat is 1+1?"},
                 {"role":"user","content":"<reminder>\\nline one\\nline two\\n</reminder>\\nA<system_reminder>x\\ny</system_reminder>B<agent_instructions>z</agent_instructions>\\n "},
                 {"role":"user","content":"  [[PLAN]] Make a plan"},
                 {"role":"user","content":"Keep this. Please create a detailed summary of the conversation so far. The history is being compacted so that...\\nmore"}]""");

        assertThat(messages).extracting(Message::content)
                .containsExactly("What is 1+1?", "AB", "Make a plan", "Keep this. ${compaction_prompt}");
    }

    @Test
    void joinsTheTextAndImagePartsOfUserMessages() {
        assertThat(normalize("""
                [{"role":"user","content":[{"type":"text","text":"<current_datetime>now</current_datetime> Describe"},
                  {"type":"image_url","image_url":{"url":"data:image/png;base64,AAAA"}},{"type":"text","text":"this"}]}]"""))
                .extracting(Message::content).containsExactly("Describe\n[image]\nthis");
    }

    @Test
    void rewordsBackgroundAgentCompletionNotices() {
        assertThat(SnapshotNormalizer.normalizeUserMessage("Agent \"scout\" (explore) has finished processing and is "
                + "now idle. Use read_agent with agent_id \"agent-7f3\" to read the results, or write_agent to send "
                + "follow-up messages."))
                .isEqualTo("Agent \"scout\" (explore) has completed successfully. Use read_agent with agent_id "
                        + "\"scout\" to retrieve the full results.");
    }

    @Test
    void unwrapsSuccessfulToolResultsAndCanonicalisesJson() {
        assertThat(SnapshotNormalizer.normalizeToolContent(
                "{\"resultType\":\"success\",\"textResultForLlm\":\"HELLO\"}"))
                .isEqualTo("HELLO");
        assertThat(SnapshotNormalizer.normalizeToolContent(
                "{\"textResultForLlm\":{\"z\":1,\"a\":[true,null]},\"resultType\":\"success\"}"))
                .isEqualTo("{\"a\":[true,null],\"z\":1}");
        assertThat(SnapshotNormalizer.normalizeToolContent(
                "{ \"resultType\": \"failure\", \"error\": \"boom\", \"textResultForLlm\": \"Failed\" }"))
                .isEqualTo("{\"error\":\"boom\",\"resultType\":\"failure\",\"textResultForLlm\":\"Failed\"}");
        assertThat(SnapshotNormalizer.normalizeToolContent("{\"b\": 2.50, \"a\": {\"d\": 1e21, \"c\": \"é/\"}}"))
                .isEqualTo("{\"a\":{\"c\":\"é/\",\"d\":1e+21},\"b\":2.5}");
        assertThat(SnapshotNormalizer.normalizeToolContent("  plain text, not JSON \n"))
                .isEqualTo("plain text, not JSON");
        assertThat(SnapshotNormalizer.normalizeToolContent("42 and more")).isEqualTo("42 and more");
    }

    @Test
    void keepsAssistantContentAndCompactsToolCallArguments() {
        List<Message> messages = normalize("""
                [{"role":"assistant","content":"","refusal":null,"copilot_cache_control":{"type":"ephemeral"},
                  "tool_calls":[{"id":"tooluse_A","type":"function","function":{"name":"encrypt_string","arguments":"{ \\"input\\" : \\"Hello\\" }"}},
                                {"id":"tooluse_B","type":"function","function":{"name":"list_agents","arguments":""}}]},
                 {"role":"assistant","content":"  Done.  "}]""");

        assertThat(messages.get(0).content()).isNull();
        assertThat(messages.get(0).toolCalls()).extracting(ToolCall::name, ToolCall::arguments)
                .containsExactly(tuple("encrypt_string", "{\"input\":\"Hello\"}"), tuple("list_agents", "{}"));
        assertThat(messages.get(1)).isEqualTo(Message.of("assistant", "  Done.  "));
        assertThat(messages.get(0).toString()).startsWith("{\"role\":\"assistant\",\"tool_calls\":[");
    }

    @Test
    void renumbersToolCallsInOrderOfAppearanceAndNamesTheShellByPlaceholder() {
        List<Message> messages = normalize("""
                [{"role":"assistant","tool_calls":[
                   {"id":"tooluse_x","type":"function","function":{"name":"bash","arguments":"{}"}},
                   {"id":"tooluse_y","type":"function","function":{"name":"read_bash","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"tooluse_y","content":"second"},
                 {"role":"tool","tool_call_id":"tooluse_x","content":"first"},
                 {"role":"assistant","tool_calls":[{"id":"tooluse_z","type":"function","function":{"name":"write_bash","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"tooluse_z","content":"third"}]""");

        assertThat(messages.get(0).toolCalls()).extracting(ToolCall::id, ToolCall::name)
                .containsExactly(tuple("toolcall_0", "${shell}"), tuple("toolcall_1", "${read_shell}"));
        assertThat(messages.get(3).toolCalls()).extracting(ToolCall::id, ToolCall::name)
                .containsExactly(tuple("toolcall_2", "${write_shell}"));
        assertThat(messages).filteredOn(message -> message.role().equals("tool"))
                .extracting(Message::toolCallId, Message::content)
                .containsExactly(tuple("toolcall_0", "first"), tuple("toolcall_1", "second"),
                        tuple("toolcall_2", "third"));
    }

    @Test
    void sortsToolResultsByCallNumberNumerically() {
        StringBuilder calls = new StringBuilder();
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            calls.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i)
                    .append("\",\"type\":\"function\",\"function\":{\"name\":\"t\",\"arguments\":\"{}\"}}");
            results.insert(0, ",{\"role\":\"tool\",\"tool_call_id\":\"c" + i + "\",\"content\":\"r" + i + "\"}");
        }
        List<Message> messages = normalize("[{\"role\":\"assistant\",\"tool_calls\":[" + calls + "]}" + results + "]");

        assertThat(messages.subList(1, 13)).extracting(Message::toolCallId)
                .containsExactly("toolcall_0", "toolcall_1", "toolcall_2", "toolcall_3", "toolcall_4", "toolcall_5",
                        "toolcall_6", "toolcall_7", "toolcall_8", "toolcall_9", "toolcall_10", "toolcall_11");
    }

    @Test
    void rewritesShellExitMarkersOnlyInShellResults() {
        List<Message> messages = normalize("""
                [{"role":"assistant","tool_calls":[
                   {"id":"a","type":"function","function":{"name":"bash","arguments":"{}"}},
                   {"id":"b","type":"function","function":{"name":"view","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"a","content":"test\\n<shellId: 3 completed with exit code 0>"},
                 {"role":"tool","tool_call_id":"b","content":"<shellId: 3 completed with exit code 0>"}]""");

        assertThat(messages).extracting(Message::content)
                .containsExactly(null, "test\n<exited with exit code 0>", "<shellId: 3 completed with exit code 0>");
    }

    @Test
    void normalisesEnvironmentSpecificToolResults() {
        assertThat(SnapshotNormalizer.normalizeInterruptedToolResult(
                "Failed to execute `bash` tool with arguments: {\"command\":\"sleep 9\"} due to error: Error: "
                        + "Session aborted"))
                .isEqualTo(SnapshotNormalizer.INTERRUPTED_CANONICAL);
        assertThat(SnapshotNormalizer.normalizeInterruptedToolResult("Session aborted")).isEqualTo("Session aborted");
        assertThat(SnapshotNormalizer.normalizeAvailableToolNames(
                "Tool 'report_intent' does not exist. Available tools that can be called are bash, view, grep."))
                .isEqualTo("Tool 'report_intent' does not exist.");
        assertThat(SnapshotNormalizer.normalizeLargeOutputFilePaths(
                "Saved to /home/u/.copilot/session-state/temp/1774637043987-copilot-tool-output-tk7puw.txt now"))
                .isEqualTo("Saved to /session-state/temp/PLACEHOLDER-copilot-tool-output-PLACEHOLDER now");
        assertThat(SnapshotNormalizer.normalizeGhAuthMessages(
                "gh: HTTP 401: Requires authentication (https://api.github.com/graphql)\nmore\n"
                        + "<exited with exit code 1>"))
                .isEqualTo("${gh_auth_required}\n<exited with exit code 4>");
        assertThat(SnapshotNormalizer.normalizeReadAgentResult(
                "Agent is idle (waiting for messages). agent_id: scout, elapsed: 12.5s, total_turns: 3\n\n"
                        + "[Turn 2]\nok"))
                .isEqualTo("Agent completed. agent_id: scout, elapsed: 0s, total_turns: 0, duration: 0s\n\nok");
    }

    @Test
    void replacesTheWorkDirectoryInContentAndArguments() {
        String work = workDirectory.toString();
        String upperWindows = work.toUpperCase(java.util.Locale.ROOT).replace('/', '\\');
        List<Message> messages = normalize("""
                [{"role":"user","content":"Read WORK/src//Main.java and UPPER\\\\docs\\\\a.md, or WORK."},
                 {"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"view","arguments":"{\\"path\\":\\"WORK/README.md\\"}"}}]},
                 {"role":"tool","tool_call_id":"a","content":"see docs\\\\guide\\\\intro.md"}]"""
                .replace("WORK", work).replace("UPPER", upperWindows.replace("\\", "\\\\")));

        assertThat(messages.get(0).content())
                .isEqualTo("Read ${workdir}/src/Main.java and ${workdir}/docs/a.md, or ${workdir}.");
        assertThat(messages.get(1).toolCalls().get(0).arguments()).isEqualTo("{\"path\":\"${workdir}/README.md\"}");
        assertThat(messages.get(2).content()).isEqualTo("see docs/guide/intro.md");
    }

    @Test
    void mergesAdjacentUserMessagesForBringYourOwnKeyProviders() {
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of());
        ObjectNode body = request("""
                [{"role":"system","content":"s"},
                 {"role":"user","content":"First  \\n"},
                 {"role":"user","content":"\\n <current_datetime>now</current_datetime>Second"}]""");

        assertThat(normalizer.normalizeRequest(body, true).messages()).extracting(Message::content)
                .containsExactly("${system}", "First\n\n\nSecond");
        assertThat(normalizer.normalizeRequest(body, false).messages()).extracting(Message::content)
                .containsExactly("${system}", "First", "Second");
        assertThat(SnapshotNormalizer.coalesceUserMessages(List.of(Message.of("user", "First"),
                Message.of("user", "Second"), Message.of("assistant", "A"), Message.of("assistant", "B"))))
                .extracting(Message::content).containsExactly("First\n\n\nSecond", "A", "B");
    }

    @Test
    void namesBackgroundAgentsStablyAndRestoresTheirRuntimeIdsInReplies() {
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of());
        ObjectNode body = request("""
                [{"role":"assistant","tool_calls":[{"id":"t1","type":"function","function":{"name":"task","arguments":"{\\"prompt\\":\\"look\\"}"}}]},
                 {"role":"tool","tool_call_id":"t1","content":"Agent started in background with agent_id: agent-4711. You'll be notified when it completes. Tell the user you're waiting and end your response, or continue unrelated work until notified. Extra."},
                 {"role":"assistant","tool_calls":[{"id":"t2","type":"function","function":{"name":"read_agent","arguments":"{\\"agent_id\\":\\"agent-4711\\"}"}}]},
                 {"role":"tool","tool_call_id":"t2","content":"Agent completed. agent_id: agent-4711, status: completed, elapsed: 3s"}]""");

        SnapshotNormalizer.NormalizedRequest request = normalizer.normalizeRequest(body, false);

        assertThat(request.messages().get(1).content()).isEqualTo("Agent started in background with agent_id: "
                + "background-agent. You'll be notified when it completes. Tell the user you're waiting and end your "
                + "response, or continue unrelated work until notified.");
        assertThat(request.messages().get(2).toolCalls().get(0).arguments())
                .isEqualTo("{\"agent_id\":\"background-agent\"}");
        assertThat(request.messages().get(3).content())
                .isEqualTo("Agent completed. agent_id: background-agent, status: completed, elapsed: 0s");
        assertThat(request.backgroundAgentIds()).isEqualTo(Map.of("background-agent", "agent-4711"));
        Message reply = new Message("assistant", null, null, null, List.of(new ToolCall("toolcall_2", "function",
                "write_agent", "{\"agent_id\":\"background-agent\",\"message\":\"more\"}")));
        assertThat(normalizer.expandForReply(reply, request.backgroundAgentIds()).toolCalls().get(0).arguments())
                .isEqualTo("{\"agent_id\":\"agent-4711\",\"message\":\"more\"}");
    }

    @Test
    void expandsPlaceholdersInRecordedReplies() {
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of());
        Message recorded = new Message("assistant", null, "Created ${workdir}/a.txt", null, List.of(
                new ToolCall("toolcall_0", "function", "${shell}", "{\"command\":\"ls ${workdir}\"}"),
                new ToolCall("", "function", "view", "{}")));

        Message reply = normalizer.expandForReply(recorded, Map.of());

        assertThat(reply.content()).isEqualTo("Created " + workDirectory + "/a.txt");
        assertThat(reply.toolCalls()).extracting(ToolCall::id, ToolCall::name, ToolCall::arguments).containsExactly(
                tuple("toolcall_0", "bash", "{\"command\":\"ls " + workDirectory + "\"}"),
                tuple("call_1", "view", "{}"));
    }

    @Test
    void appliesExtraToolResultNormalisersAfterTheBuiltInOnes() {
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of(
                new SnapshotNormalizer.ToolResultNormalizer("view", result -> "1. " + result)));

        List<Message> messages = normalizer.normalizeMessages(array("""
                [{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"view","arguments":"{}"}}]},
                 {"role":"tool","tool_call_id":"a","content":"Hello from the test!"}]"""));

        assertThat(messages.get(1).content()).isEqualTo("1. Hello from the test!");
    }

    @Test
    void rejectsRequestsWithoutModelOrMessages() {
        SnapshotNormalizer normalizer = new SnapshotNormalizer(workDirectory, false, List.of());

        assertThatThrownBy(() -> normalizer.normalizeRequest(WireJson.object().put("stream", true), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model");
        assertThatThrownBy(() -> normalizer.normalizeRequest(WireJson.object().put("model", "m"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no messages");
    }

    private List<Message> normalize(String messagesJson) {
        return new SnapshotNormalizer(workDirectory, false, List.of()).normalizeMessages(array(messagesJson));
    }

    private static ArrayNode array(String json) {
        return (ArrayNode) WireJson.MAPPER.readTree(json);
    }

    private static ObjectNode request(String messagesJson) {
        ObjectNode body = WireJson.object().put("model", "claude-sonnet-4.5");
        body.set("messages", array(messagesJson));
        return body;
    }
}
