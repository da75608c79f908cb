module llm-router-e2e/runc-capfilter

go 1.22
