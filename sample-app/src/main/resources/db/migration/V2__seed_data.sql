-- Demo data of the support desk.

INSERT INTO customer (id, name, email, company, tier) VALUES
    (1, 'Ada Lovelace', 'ada@analytical.example', 'Analytical Engines Ltd', 'GOLD'),
    (2, 'Grace Hopper', 'grace@cobol.example', 'Compiler Works', 'PLATINUM'),
    (3, 'Alan Turing', 'alan@bletchley.example', 'Bletchley Analytics', 'SILVER'),
    (4, 'Katherine Johnson', 'katherine@orbit.example', 'Orbital Mechanics Inc', 'GOLD'),
    (5, 'Linus Torvalds', 'linus@kernel.example', 'Kernel Supplies', 'STANDARD');

INSERT INTO customer_order (id, order_number, customer_id, status, total, placed_on, carrier, tracking) VALUES
    (1, 'A-1001', 1, 'DELIVERED', 249.00, DATE '2026-10-02', 'Parcelway', 'PW-55120'),
    (2, 'A-1002', 1, 'SHIPPED', 1299.50, DATE '2026-11-18', 'Parcelway', 'PW-58831'),
    (3, 'A-1003', 1, 'PROCESSING', 89.90, DATE '2026-11-24', NULL, NULL),
    (4, 'G-2001', 2, 'DELIVERED', 5400.00, DATE '2026-09-12', 'FastFreight', 'FF-10293'),
    (5, 'G-2002', 2, 'DELAYED', 780.00, DATE '2026-11-10', 'FastFreight', 'FF-11877'),
    (6, 'T-3001', 3, 'CANCELLED', 120.00, DATE '2026-10-28', NULL, NULL),
    (7, 'K-4001', 4, 'SHIPPED', 310.25, DATE '2026-11-21', 'Orbit Express', 'OE-7734'),
    (8, 'L-5001', 5, 'DELIVERED', 42.00, DATE '2026-08-30', 'Parcelway', 'PW-40021');
