package com.example.springshop.orders;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Legacy: the WebSocket handler adds up the order lines itself. */
public class OrderStatusSocketHandler extends TextWebSocketHandler {

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        long total = 0;
        for (String line : message.getPayload().split(",")) {
            total += Long.parseLong(line.trim()) * 100;
        }
        if (total > 10_000) {
            total = total - 500;
        }
        session.sendMessage(new TextMessage(Long.toString(total)));
    }
}
