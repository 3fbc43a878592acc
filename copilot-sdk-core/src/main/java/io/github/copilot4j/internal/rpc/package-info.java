/** Content-Length framing and the JSON-RPC 2.0 connection to the CLI. Not API. */
@NullMarked
package io.github.copilot4j.internal.rpc;

import org.jspecify.annotations.NullMarked;
