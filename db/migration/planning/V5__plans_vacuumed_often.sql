-- weekly_plan and plan_day hold every week of every employee (tens of millions of rows in a ministry), and the
-- weeks being planned and decided are a thin slice of them. Each approval, rejection, recall and replaced
-- submission leaves old row versions behind in that slice; with PostgreSQL's defaults they would pile up for weeks:
-- a vacuum comes once a fifth of the table is dead, and it leaves the indexes alone while the dead rows sit on
-- fewer than 2 % of the table's pages, as those of one week do. Every look at a unit's week (the caps of Pasal 14
-- and 27, the inboxes, the calendars) would step over them, and the planner, reading the ends of the plan indexes,
-- too. Here a vacuum comes once 1 % of the rows are dead and always cleans the indexes; statistics follow at 2 %.
alter table weekly_plan set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02,
                             vacuum_index_cleanup = on);
alter table plan_day set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02,
                          vacuum_index_cleanup = on);
